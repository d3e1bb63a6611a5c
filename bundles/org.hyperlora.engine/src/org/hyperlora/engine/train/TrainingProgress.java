package org.hyperlora.engine.train;

import java.util.List;

/**
 * A snapshot for progress reports: stage, step within the stage, total and per-term losses, elapsed
 * wall time since training started.
 */
public record TrainingProgress(int stageIndex, String stageName, int step, int stageSteps, double loss,
        List<String> termNames, double[] termLosses, long elapsedNanos) {
}
