package org.hyperlora.solver.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.TrainedSurrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.SurrogateKind;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.SurrogateStatus;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;
import org.hyperlora.solver.Validity;

/**
 * A study's trained surrogate (its results' artifact of kind {@code surrogate}) of one method — the HyperLoRA surrogate
 * or the parametric PINN, as the study's method says: milliseconds. Each method is its own solver, so an answer names
 * the one that gave it.
 */
abstract class TrainedSurrogateProvider implements SurrogateSolverProvider {

    private final String id;
    private final StudySetup.Method method;

    TrainedSurrogateProvider(String id, StudySetup.Method method) {
        this.id = id;
        this.method = method;
    }

    /** "HyperLoRA surrogate", "Parametric PINN". */
    private String name() {
        return Character.toUpperCase(method.label().charAt(0)) + method.label().substring(1);
    }

    @Override
    public Applicability appliesTo(StudyContext study) {
        if (FamilyNames.of(study.study().getFamily()) == null) {
            return Applicability.no(FamilyNames.incomplete(study.study().getFamily()));
        }
        StudySetup.Method studies = methodOf(study);
        if (studies != method) {
            return Applicability.no("the study's method is the " + studies.label() + ", not the " + method.label());
        }
        Optional<Path> file = surrogateFile(study);
        if (file.isEmpty()) {
            return Applicability.no(whyNoSurrogate(study));
        }
        SurrogateStatus status = SurrogateStatus.of(study.study(), file.get());
        return status.current() ? Applicability.yes() : Applicability.problem("its surrogate " + status.reason());
    }

    /** The newest surrogate link's file, or empty without a link (a missing file is the status check's to say). */
    private static Optional<Path> surrogateFile(StudyContext study) {
        return study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath()));
    }

    private static String whyNoSurrogate(StudyContext study) {
        Optional<ArtifactLink> link = study.artifact(ArtifactKind.SURROGATE);
        if (link.isEmpty()) {
            return "it has no trained surrogate yet (its results list no artifact of kind '"
                    + ArtifactKind.SURROGATE.literal() + "'): train the study first";
        }
        return "the surrogate path '" + link.get().getPath() + "' is relative and the study has no file to resolve it";
    }

    /** The method the study's settings choose (the model's literal, in the engine's terms). */
    static StudySetup.Method methodOf(StudyContext study) {
        return study.study().getMethod() != null
                && study.study().getMethod().getSurrogateKind() == SurrogateKind.PARAMETRIC_PINN
                        ? StudySetup.Method.PARAMETRIC_PINN : StudySetup.Method.HYPERLORA;
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        Applicability applicability = appliesTo(study);
        if (!applicability.applicable()) {
            throw new SolverException(name() + ": cannot solve " + study.label() + ": " + applicability.reason());
        }
        Path file = surrogateFile(study).orElseThrow();
        TrainedSurrogate surrogate;
        try {
            surrogate = SurrogateArtifacts.loadAny(file);
        } catch (ArtifactException e) {
            throw new SolverException(name() + " of " + study.label() + ": " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
        if (surrogate.method() != method) {
            // the fingerprint covers the method, so only a file replaced by hand gets here
            throw new SolverException(name() + " of " + study.label() + ": " + file + " holds a "
                    + surrogate.method().label() + ", not a " + method.label());
        }
        FamilyNames names = FamilyNames.of(study.study().getFamily());
        return new TrainedSolver(id, name(), surrogate, names);
    }

    /**
     * Solves through the surrogate; outside the trained range it extrapolates and says so, up to
     * {@link #EXTRAPOLATION_WIDTHS} range widths beyond it: farther out a network's answer means nothing.
     */
    static final class TrainedSolver extends StudySolver {
        /** How far beyond its trained range (in widths of the range, on its scale) a surrogate still answers. */
        static final double EXTRAPOLATION_WIDTHS = 1.0;
        /** Vectors per batch: enough to keep the cores busy, few enough to cancel within a fraction of a second. */
        private static final int CHUNK = 64;

        private final TrainedSurrogate surrogate;

        TrainedSolver(String id, String name, TrainedSurrogate surrogate, FamilyNames names) {
            super(id, name, names);
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
            return Validity.outside(outside + (tooFar(parameterValues)
                    ? ": more than " + describeWidths() + " beyond it; the surrogate does not extrapolate that far"
                    : ": the surrogate extrapolates"));
        }

        private boolean tooFar(double[] parameterValues) {
            return !(surrogate.range().widthsOutside(parameterValues) <= EXTRAPOLATION_WIDTHS);
        }

        private static String describeWidths() {
            return EXTRAPOLATION_WIDTHS == 1 ? "the range's own width" : EXTRAPOLATION_WIDTHS + " times the range's width";
        }

        @Override
        public FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor monitor)
                throws SolverException {
            names.checkShapes(parameterValues, points);
            if (tooFar(parameterValues)) {
                throw new SolverException(name() + " at " + names.describe(parameterValues) + ": "
                        + validity(parameterValues).message());
            }
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            long start = System.nanoTime();
            Surrogate.Solution solution = surrogate.solve(parameterValues, points);
            long elapsed = System.nanoTime() - start;
            Validity validity = solution.outsideTrainedRange() ? validity(parameterValues) : Validity.within();
            return new FieldSolution(parameterValues, names.fields(), solution.fields(), validity, elapsed);
        }

        /**
         * The vectors in chunks through the surrogate's own batch solve (one hypernetwork pass per vector, the PINN
         * evaluations spread over the cores); cancellation is checked between chunks. Each solution's time is its
         * share of its chunk's.
         */
        @Override
        public List<FieldSolution> solveBatch(double[][] parameterValues, double[] points, IProgressMonitor monitor)
                throws SolverException {
            for (double[] values : parameterValues) {
                names.checkShapes(values, points);
                if (tooFar(values)) {
                    throw new SolverException(name() + " at " + names.describe(values) + ": "
                            + validity(values).message());
                }
            }
            SubMonitor progress = SubMonitor.convert(monitor, "Solving " + parameterValues.length
                    + " parameter vectors", parameterValues.length);
            List<FieldSolution> solutions = new ArrayList<>(parameterValues.length);
            for (int from = 0; from < parameterValues.length; from += CHUNK) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double[][] chunk = Arrays.copyOfRange(parameterValues, from, Math.min(parameterValues.length,
                        from + CHUNK));
                long start = System.nanoTime();
                List<Surrogate.Solution> solved = surrogate.solveAll(chunk, points);
                long each = (System.nanoTime() - start) / chunk.length;
                for (int i = 0; i < chunk.length; i++) {
                    Validity validity = solved.get(i).outsideTrainedRange() ? validity(chunk[i]) : Validity.within();
                    solutions.add(new FieldSolution(chunk[i], names.fields(), solved.get(i).fields(), validity, each));
                }
                progress.worked(chunk.length);
            }
            return solutions;
        }
    }
}
