package org.hyperlora.solver.internal;

import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.solver.BuiltinSolvers;

/** The trained HyperLoRA surrogate of a study (its results' artifact of kind {@code surrogate}): milliseconds. */
public final class HyperLoraSolverProvider extends TrainedSurrogateProvider {

    public static final String ID = BuiltinSolvers.HYPERLORA;

    public HyperLoraSolverProvider() {
        super(ID, StudySetup.Method.HYPERLORA);
    }
}
