package org.hyperlora.engine.train;

/**
 * A resumable training state: the stage and step reached, the weights, the term weights, and Adam's
 * moments (null inside an L-BFGS stage, which restarts its history on resume).
 */
public record TrainingCheckpoint(int stageIndex, int step, double[] weights, double[] termWeights, int adamSteps,
        double[] adamFirstMoment, double[] adamSecondMoment) {
}
