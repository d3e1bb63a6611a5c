package org.hyperlora.solver.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Reference;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;
import org.hyperlora.solver.Validity;

/** The exact solution of a study whose reference is one of the engine's built-in ones (Burgers, Kovasznay, ...). */
public final class ExactReferenceSolverProvider implements SurrogateSolverProvider {

    public static final String ID = BuiltinSolvers.EXACT;

    @Override
    public Applicability appliesTo(StudyContext study) {
        PdeFamily family = study.study().getFamily();
        Reference reference = family == null ? null : family.getReference();
        if (reference == null || reference.getKind() != ReferenceKind.BUILTIN) {
            return Applicability.no("the study has no built-in reference solution");
        }
        ReferenceSolution solution;
        try {
            solution = ReferenceSolutions.byName(reference.getBuiltin());
        } catch (IllegalArgumentException e) {
            return Applicability.no(e.getMessage());
        }
        FamilyNames names = FamilyNames.of(family);
        if (names == null) {
            return Applicability.no(FamilyNames.incomplete(family));
        }
        String difference = names.difference(solution.coordinateNames(), solution.fieldNames(),
                solution.parameterNames());
        return difference == null ? Applicability.yes()
                : Applicability.no("the reference '" + solution.name() + "' has " + difference);
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        Applicability applicability = appliesTo(study);
        if (!applicability.applicable()) {
            throw new SolverException("exact reference: cannot solve " + study.label() + ": " + applicability.reason());
        }
        PdeFamily family = study.study().getFamily();
        double[] centre = new double[family.getCoordinates().size()];
        for (int axis = 0; axis < centre.length; axis++) {
            Coordinate coordinate = family.getCoordinates().get(axis);
            centre[axis] = 0.5 * (coordinate.getLower() + coordinate.getUpper());
        }
        return new ExactSolver(ReferenceSolutions.byName(family.getReference().getBuiltin()), FamilyNames.of(family),
                centre);
    }

    /** Evaluates the closed-form (or quadrature) solution. */
    static final class ExactSolver extends StudySolver {
        private final ReferenceSolution reference;
        private final double[] probe;

        ExactSolver(ReferenceSolution reference, FamilyNames names, double[] probe) {
            super(ID, "exact reference (" + reference.name() + ")", names);
            this.reference = reference;
            this.probe = probe;
        }

        /** Inside wherever the reference is defined (it refuses parameters it cannot evaluate, with the reason). */
        @Override
        public Validity validity(double[] parameterValues) {
            names.checkShapes(parameterValues, probe);
            try {
                reference.evaluate(parameterValues, new double[][] {probe.clone()});
                return Validity.within();
            } catch (IllegalArgumentException e) {
                return Validity.outside(e.getMessage());
            }
        }

        @Override
        public FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor monitor)
                throws SolverException {
            names.checkShapes(parameterValues, points);
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int dimension = names.coordinates().size();
            double[][] rows = new double[points.length / dimension][dimension];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(points, i * dimension, rows[i], 0, dimension);
            }
            long start = System.nanoTime();
            try {
                double[][] values = reference.evaluate(parameterValues, rows);
                return new FieldSolution(parameterValues, names.fields(), values, Validity.within(),
                        System.nanoTime() - start);
            } catch (IllegalArgumentException e) {
                throw new SolverException("exact reference '" + reference.name() + "' at " + names.describe(parameterValues)
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
