package org.hyperlora.engine.hyper;

/** What the hypernetwork is trained on. */
public enum HyperMode {
    /** Regression onto the per-instance fits only (the paper's weights-only baseline). */
    WEIGHTS,
    /** The physics-informed loss across the range only: no per-instance fits are needed. */
    PHYSICS,
    /** Regression first, then physics and regression together from the better start. */
    BOTH;

    /** Whether per-instance fits at the training values are needed. */
    public boolean needsFits() {
        return this != PHYSICS;
    }

    /** Whether the physics-informed stage runs. */
    public boolean trainsPhysics() {
        return this != WEIGHTS;
    }
}
