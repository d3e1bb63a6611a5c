package org.hyperlora.solver.internal;

import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.solver.BuiltinSolvers;

/**
 * The trained parametric PINN of a study whose method is the parametric PINN (its results' artifact of kind
 * {@code surrogate}): one forward pass per solve.
 */
public final class ParametricPinnSolverProvider extends TrainedSurrogateProvider {

    public static final String ID = BuiltinSolvers.PARAMETRIC_PINN;

    public ParametricPinnSolverProvider() {
        super(ID, StudySetup.Method.PARAMETRIC_PINN);
    }
}
