package org.hyperlora.engine.train;

/**
 * A resumable training state: the stage and step reached, the weights, the term weights, Adam's moments
 * (null inside an L-BFGS stage, which restarts its history on resume), and the collocation points when
 * adaptive refinement has changed them (null otherwise), with the number of refinement rounds done.
 */
public record TrainingCheckpoint(int stageIndex, int step, double[] weights, double[] termWeights, int adamSteps,
        double[] adamFirstMoment, double[] adamSecondMoment, double[] collocationPoints, int refinementRounds) {

    /** A checkpoint without refined collocation points. */
    public TrainingCheckpoint(int stageIndex, int step, double[] weights, double[] termWeights, int adamSteps,
            double[] adamFirstMoment, double[] adamSecondMoment) {
        this(stageIndex, step, weights, termWeights, adamSteps, adamFirstMoment, adamSecondMoment, null, 0);
    }
}
