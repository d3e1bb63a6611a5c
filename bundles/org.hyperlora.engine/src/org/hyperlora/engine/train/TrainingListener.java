package org.hyperlora.engine.train;

import java.util.function.BooleanSupplier;

/** Receives progress during training; {@link #isCancelled()} is polled every step. */
public interface TrainingListener {

    TrainingListener NONE = new TrainingListener() {
    };

    default void onProgress(TrainingProgress progress) {
    }

    /**
     * Called right after {@link #onProgress} with the trained vector at that report (e.g. to measure the
     * error against a reference while training). The array is live: read it during the call, do not keep or
     * modify it.
     */
    default void onReportWeights(TrainingProgress progress, double[] trainable) {
    }

    /** Return true to stop training at the current point (the best weights so far are kept). */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Called every {@link Trainer#checkpointInterval()} steps with a consistent state to persist; the
     * arrays are copies the listener may keep.
     */
    default void onCheckpoint(TrainingCheckpoint checkpoint) {
    }

    /** This listener, cancelled also when {@code stop} says so (e.g. another fit failed, or a run's cancel). */
    default TrainingListener orCancelledWhen(BooleanSupplier stop) {
        TrainingListener listener = this;
        return new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress progress) {
                listener.onProgress(progress);
            }

            @Override
            public void onReportWeights(TrainingProgress progress, double[] trainable) {
                listener.onReportWeights(progress, trainable);
            }

            @Override
            public boolean isCancelled() {
                return stop.getAsBoolean() || listener.isCancelled();
            }

            @Override
            public void onCheckpoint(TrainingCheckpoint checkpoint) {
                listener.onCheckpoint(checkpoint);
            }
        };
    }
}
