package org.hyperlora.workflow.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.SolverContribution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.workflow.GridAxis;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepProblems;

/** Checks and conversions the built-in steps share; each reports through {@link StepProblems} what is wrong. */
final class StepChecks {

    /** Grid points per axis when a step gives no resolution. */
    static final int DEFAULT_RESOLUTION = 51;
    /** The most problems of a study listed in one message. */
    private static final int LISTED_STUDY_PROBLEMS = 3;

    private StepChecks() {
    }

    /** Loads and checks a step's study (path relative to the workflow file); null after reporting why not. */
    static Study study(StepContext context, StepProblems problems, String path) {
        context.declareInput(path);
        if (path == null || path.isBlank()) {
            problems.error("no study given (attribute study: a .hyperlora file, relative to the workflow file)");
            return null;
        }
        Path file;
        try {
            file = context.resolve(path);
        } catch (IllegalArgumentException e) {
            problems.error("study path " + e.getMessage());
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.error("unknown study '" + path + "': " + file + " does not exist");
            return null;
        }
        Study study;
        try {
            study = StudyFiles.load(file);
        } catch (StudyFileException e) {
            problems.error(e.getMessage());
            return null;
        }
        // its trained surrogate is read too: no step may write over it
        Path studyFile = file;
        ArtifactKind.SURROGATE.newestIn(study).flatMap(link -> ArtifactKind.resolve(studyFile, link.getPath()))
                .ifPresent(surrogate -> context.declareInput(surrogate.toString()));
        if (study.getFamily() == null) {
            problems.error("study '" + study.getName() + "' (" + file + ") has no PDE family");
            return null;
        }
        Diagnostic diagnostic = StudyFiles.validate(study);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            List<String> errors = new ArrayList<>();
            for (Diagnostic problem : StudyFiles.problems(diagnostic)) {
                if (problem.getSeverity() >= Diagnostic.ERROR && errors.size() < LISTED_STUDY_PROBLEMS) {
                    errors.add(problem.getMessage());
                }
            }
            problems.error("study '" + study.getName() + "' (" + file + ") has errors: " + String.join("; ", errors));
            return null;
        }
        return study;
    }

    /** A checked study (see {@link #study}) in the engine's terms. */
    static StudySetup setup(Study study) {
        try {
            return StudyMapping.toEngine(study);
        } catch (StudyMappingException e) {
            throw new IllegalStateException(e.getMessage(), e); // study() has validated it
        }
    }

    /** Reports a solver id no contribution has (blank ids mean "the best one" and are fine). */
    static void solver(StepContext context, StepProblems problems, String id, String attribute) {
        if (id == null || id.isBlank()) {
            return;
        }
        if (context.solvers().contribution(id.trim()).isEmpty()) {
            problems.error("unknown solver '" + id + "' (attribute " + attribute + "); known: "
                    + context.solvers().contributions().stream().map(SolverContribution::id).toList());
        }
    }

    /**
     * Opens the solver of a step: the given id, or the best one (for these values, when given); says which solvers
     * were passed over for a problem (a damaged or out-of-date surrogate).
     */
    static SurrogateSolver open(StepContext context, StudyContext study, String id, double[] values,
            IProgressMonitor monitor) throws SolverException {
        if (id != null && !id.isBlank()) {
            return context.solvers().open(id.trim(), study, monitor);
        }
        SurrogateSolver solver = values == null ? context.solvers().open(study, monitor)
                : context.solvers().openFor(study, values, monitor);
        for (SurrogateSolverService.Candidate passed : context.solvers().passedOver(study, solver.id())) {
            context.message("warning: " + passed.contribution().name() + " passed over: "
                    + passed.applicability().reason());
        }
        return solver;
    }

    /**
     * A parameter vector in the study's order from name-value assignments; values outside what the family is declared
     * valid for are errors.
     *
     * @param defaults values of parameters not assigned, or null when every parameter must be assigned
     * @param swept    a parameter that must not be assigned (it is swept), or null
     */
    static double[] values(Study study, List<ParameterAssignment> assignments, double[] defaults, String swept,
            StepProblems problems, String what) {
        List<Parameter> parameters = study.getFamily().getParameters();
        List<String> names = parameters.stream().map(Parameter::getName).toList();
        double[] values = defaults == null ? new double[names.size()] : defaults.clone();
        boolean[] given = new boolean[values.length];
        boolean complete = true;
        for (ParameterAssignment assignment : assignments) {
            String name = assignment.getName() == null ? "" : assignment.getName().trim();
            int index = names.indexOf(name);
            if (index < 0) {
                problems.error(what + ": unknown parameter '" + name + "'; parameters of study '" + study.getName()
                        + "': " + names);
                continue;
            }
            if (name.equals(swept)) {
                problems.error(what + ": parameter '" + name + "' is the one swept; give only the others");
                continue;
            }
            if (given[index]) {
                problems.error(what + ": parameter '" + name + "' is given twice");
                continue;
            }
            if (!Double.isFinite(assignment.getValue())) {
                problems.error(what + ": parameter '" + name + "' = " + assignment.getValue() + " is not finite");
                complete = false;
                continue;
            }
            given[index] = true;
            values[index] = assignment.getValue();
        }
        if (defaults == null) {
            for (int p = 0; p < given.length; p++) {
                if (!given[p]) {
                    problems.error(what + ": no value for parameter '" + names.get(p) + "'; parameters of study '"
                            + study.getName() + "': " + names);
                    complete = false;
                }
            }
        }
        if (complete) {
            outsideValidity(study, values, problems, what);
        }
        return values;
    }

    /** Reports a parameter vector outside what the study's family is declared valid for (e.g. nu <= 0). */
    static void outsideValidity(Study study, double[] values, StepProblems problems, String what) {
        StudyMapping.outsideValidity(study.getFamily().getParameters(), values)
                .ifPresent(problem -> problems.error(what + ": " + problem));
    }

    /** Grid points per coordinate: none (the default everywhere), one for every axis, or one per coordinate. */
    static int[] resolution(StudySetup setup, List<Integer> given, StepProblems problems) {
        int[] resolution = new int[setup.coordinates().size()];
        if (given.size() != 0 && given.size() != 1 && given.size() != resolution.length) {
            problems.error("resolution has " + given.size() + " values; give none (" + DEFAULT_RESOLUTION
                    + " per axis), one for every axis, or one per coordinate " + setup.coordinates());
        }
        for (int d = 0; d < resolution.length; d++) {
            resolution[d] = given.isEmpty() ? DEFAULT_RESOLUTION : given.size() == resolution.length ? given.get(d)
                    : given.get(0);
            if (resolution[d] < 1) {
                problems.error("resolution for '" + setup.coordinates().get(d) + "' is " + resolution[d]
                        + "; the count must be at least 1");
                resolution[d] = 1;
            }
        }
        return resolution;
    }

    /** Evenly spaced values over the study's domain, {@code resolution[d]} along coordinate d. */
    static double[][] uniformAxes(StudySetup setup, int[] resolution) {
        return org.hyperlora.solver.PointTables.uniformAxes(setup.problem().domain(), resolution);
    }

    /** The values along each coordinate of explicit grid axes, in the study's coordinate order; empty when none. */
    static double[][] gridAxes(StudySetup setup, List<GridAxis> grid, StepProblems problems) {
        double[][] axes = new double[setup.coordinates().size()][];
        Set<String> seen = new HashSet<>();
        for (GridAxis axis : grid) {
            String name = axis.getCoordinate() == null ? "" : axis.getCoordinate().trim();
            int d = setup.coordinates().indexOf(name);
            if (d < 0) {
                problems.error("grid axis '" + name + "' is not a coordinate of study '" + setup.name() + "'; coordinates: "
                        + setup.coordinates());
                continue;
            }
            if (!seen.add(name)) {
                problems.error("grid axis '" + name + "' is given twice");
                continue;
            }
            double from = axis.isSetFrom() ? axis.getFrom() : setup.problem().domain().lower(d);
            double to = axis.isSetTo() ? axis.getTo() : setup.problem().domain().upper(d);
            if (axis.getCount() < 1) {
                problems.error("grid axis '" + name + "' has count " + axis.getCount() + "; the count must be at least 1");
                continue;
            }
            if (!Double.isFinite(from) || !Double.isFinite(to)) {
                problems.error("grid axis '" + name + "': from and to must be finite, got " + from + " and " + to);
                continue;
            }
            if (axis.getCount() > 1 && !(from < to)) {
                problems.error("grid axis '" + name + "' runs from " + from + " to " + to + "; with more than one point"
                        + " it must ascend (from < to)");
                continue;
            }
            double lower = setup.problem().domain().lower(d);
            double upper = setup.problem().domain().upper(d);
            if (from < lower || to > upper) {
                problems.error("grid axis '" + name + "' runs from " + from + " to " + to + ", beyond the study's domain ["
                        + lower + ", " + upper + "]; the networks know nothing beyond it");
                continue;
            }
            axes[d] = linspace(from, to, axis.getCount());
        }
        if (!grid.isEmpty()) {
            for (int d = 0; d < axes.length; d++) {
                if (axes[d] == null && !seen.contains(setup.coordinates().get(d))) {
                    problems.error("the grid has no axis for coordinate '" + setup.coordinates().get(d)
                            + "'; give one grid axis per coordinate " + setup.coordinates());
                }
            }
        }
        return axes;
    }

    /** The points of a grid, row-major in coordinate order, the last coordinate varying fastest (as the CLI's). */
    static double[] points(double[][] axes) {
        return org.hyperlora.solver.PointTables.points(axes);
    }

    /** {@code count} evenly spaced values from..to (one value: from). */
    static double[] linspace(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = count == 1 ? from : i == count - 1 ? to : from + (to - from) * i / (count - 1);
        }
        return values;
    }

    /** {@code count} values from..to, evenly spaced or (log) geometrically spaced. */
    static double[] sweep(double from, double to, int count, boolean log) {
        if (!log) {
            return linspace(from, to, count);
        }
        double[] exponents = linspace(Math.log(from), Math.log(to), count);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i == 0 ? from : i == count - 1 ? to : Math.exp(exponents[i]);
        }
        return values;
    }

    /** Checks an output path is given and declares it (see {@link StepContext#declareOutput}). */
    static void output(StepContext context, StepProblems problems, String path, String attribute) {
        if (path == null || path.isBlank()) {
            problems.error("no output file given (attribute " + attribute + ", relative to the workflow file)");
        }
        context.declareOutput(path, attribute);
    }

    /** The rows of a parameter vector as table cells, in the study's parameter order. */
    static List<Object> cells(double[] values) {
        List<Object> cells = new ArrayList<>();
        for (double value : values) {
            cells.add(value);
        }
        return cells;
    }

    /**
     * Checks a quantity against the study: a known field, a probe with one value per coordinate inside the domain.
     *
     * @return whether it can be evaluated
     */
    static boolean quantity(StudySetup setup, Quantity quantity, StepProblems problems, String what) {
        boolean ok = true;
        if (quantity == null) {
            problems.error(what + ": missing; give the kind (maxAbs, mean, min, max or probe) and the field");
            return false;
        }
        if (quantity.getField() == null || !setup.fields().contains(quantity.getField().trim())) {
            problems.error(what + ": unknown field '" + quantity.getField() + "'; fields of study '" + setup.name()
                    + "': " + setup.fields());
            ok = false;
        }
        if (quantity.getKind() == QuantityKind.PROBE) {
            if (quantity.getPoint().size() != setup.coordinates().size()) {
                problems.error(what + ": the probe point has " + quantity.getPoint().size() + " values; give one per"
                        + " coordinate " + setup.coordinates());
                return false;
            }
            for (int d = 0; d < setup.coordinates().size(); d++) {
                double value = quantity.getPoint().get(d);
                if (!Double.isFinite(value)) {
                    problems.error(what + ": the probe's " + setup.coordinates().get(d) + " = " + value
                            + " is not finite");
                    ok = false;
                } else if (value < setup.problem().domain().lower(d) || value > setup.problem().domain().upper(d)) {
                    problems.error(what + ": the probe's " + setup.coordinates().get(d) + " = " + value
                            + " is outside the study's domain [" + setup.problem().domain().lower(d) + ", "
                            + setup.problem().domain().upper(d) + "]; the networks know nothing beyond it");
                    ok = false;
                }
            }
        } else if (!quantity.getPoint().isEmpty()) {
            problems.warning(what + ": a " + quantity.getKind().getLiteral() + " quantity is over the whole grid;"
                    + " its point is ignored");
        }
        return ok;
    }

    /** The solver bundle's quantity of a workflow quantity (checked with {@link #quantity(StudySetup, Quantity,
     * StepProblems, String)}). */
    static DerivedQuantity quantity(Quantity quantity) {
        DerivedQuantity.Kind kind = DerivedQuantity.Kind.of(quantity.getKind().getLiteral());
        String field = quantity.getField() == null ? "" : quantity.getField().trim();
        return kind == DerivedQuantity.Kind.PROBE
                ? DerivedQuantity.probe(field, quantity.getPoint().stream().mapToDouble(Double::doubleValue).toArray())
                : DerivedQuantity.over(kind, field);
    }
}
