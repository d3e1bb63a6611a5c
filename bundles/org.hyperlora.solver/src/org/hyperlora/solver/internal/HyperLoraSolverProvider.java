package org.hyperlora.solver.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;
import org.hyperlora.solver.Validity;

/** The trained HyperLoRA surrogate of a study (its results' artifact of kind {@code surrogate}): milliseconds. */
public final class HyperLoraSolverProvider implements SurrogateSolverProvider {

    public static final String ID = BuiltinSolvers.HYPERLORA;

    @Override
    public Applicability appliesTo(StudyContext study) {
        if (FamilyNames.of(study.study().getFamily()) == null) {
            return Applicability.no(FamilyNames.incomplete(study.study().getFamily()));
        }
        return surrogateFile(study).map(file -> Applicability.yes())
                .orElseGet(() -> Applicability.no(whyNoSurrogate(study)));
    }

    private static Optional<Path> surrogateFile(StudyContext study) {
        return study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath()))
                .filter(Files::isRegularFile);
    }

    private static String whyNoSurrogate(StudyContext study) {
        Optional<ArtifactLink> link = study.artifact(ArtifactKind.SURROGATE);
        if (link.isEmpty()) {
            return "it has no trained surrogate yet (its results list no artifact of kind '"
                    + ArtifactKind.SURROGATE.literal() + "'): train the study first";
        }
        Optional<Path> path = study.resolve(link.get().getPath());
        if (path.isEmpty()) {
            return "the surrogate path '" + link.get().getPath() + "' is relative and the study has no file to resolve it";
        }
        return "its surrogate file " + path.get() + " does not exist (moved or deleted?): train the study again";
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        Path file = surrogateFile(study).orElseThrow(() -> new SolverException(
                "HyperLoRA surrogate: cannot solve " + study.label() + ": " + whyNoSurrogate(study)));
        Surrogate surrogate;
        try {
            surrogate = SurrogateArtifacts.load(file);
        } catch (ArtifactException e) {
            throw new SolverException("HyperLoRA surrogate of " + study.label() + ": " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
        FamilyNames names = FamilyNames.of(study.study().getFamily());
        if (names == null) {
            throw new SolverException("HyperLoRA surrogate: cannot solve " + study.label() + ": "
                    + FamilyNames.incomplete(study.study().getFamily()));
        }
        String difference = names.difference(surrogate.coordinates(), surrogate.fields(), surrogate.range().names());
        if (difference != null) {
            throw new SolverException("HyperLoRA surrogate " + file + " does not belong to " + study.label()
                    + ": it was trained for " + difference);
        }
        return new HyperLoraSolver(surrogate, names);
    }

    /** Solves through the surrogate; outside the trained range it extrapolates and says so. */
    static final class HyperLoraSolver extends StudySolver {
        private final Surrogate surrogate;

        HyperLoraSolver(Surrogate surrogate, FamilyNames names) {
            super(ID, "HyperLoRA surrogate", names);
            this.surrogate = surrogate;
        }

        @Override
        public Validity validity(double[] parameterValues) {
            names.checkShapes(parameterValues, new double[names.coordinates().size()]);
            ParameterRange range = surrogate.range();
            if (range.contains(parameterValues)) {
                return Validity.within();
            }
            StringBuilder outside = new StringBuilder();
            for (int p = 0; p < parameterValues.length; p++) {
                double value = parameterValues[p];
                if (value < range.lower()[p] || value > range.upper()[p]) {
                    outside.append(outside.length() == 0 ? "" : "; ").append(range.names().get(p)).append(" = ")
                            .append(value).append(" is outside the trained range [").append(range.lower()[p])
                            .append(", ").append(range.upper()[p]).append("]");
                }
            }
            return Validity.outside(outside + ": the surrogate extrapolates");
        }

        @Override
        public FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor monitor) {
            names.checkShapes(parameterValues, points);
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            long start = System.nanoTime();
            Surrogate.Solution solution = surrogate.solve(parameterValues, points);
            long elapsed = System.nanoTime() - start;
            Validity validity = solution.outsideTrainedRange() ? validity(parameterValues) : Validity.within();
            return new FieldSolution(parameterValues, names.fields(), solution.fields(), validity, elapsed);
        }
    }
}
