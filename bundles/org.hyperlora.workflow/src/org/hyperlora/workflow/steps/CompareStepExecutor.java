package org.hyperlora.workflow.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.ParameterPoint;
import org.hyperlora.workflow.io.CsvTable;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Compare: solves with one solver (the best, or the one named) and compares with a reference solver (the exact
 * solution by default) on a uniform grid, or with reference data from a CSV file, at the given parameter vectors or
 * the study's test set. Writes one row per vector and field: the parameters, the field, the relative L2 error
 * {@code ||s - r|| / ||r||}, the maximum absolute error, whether both were shifted to mean zero first (fields the
 * study's reference compares up to a constant, such as a pressure), and whether the solver was inside its validity
 * range.
 */
public final class CompareStepExecutor implements StepExecutor {

    static final List<String> ERROR_COLUMNS = List.of("field", "relativeL2", "maxAbs", "meanShifted", "inside");

    @Override
    public void validate(StepContext context, StepProblems problems) {
        CompareStep step = context.step(CompareStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(context, problems, step.getOutput(), "output");
        boolean data = hasData(step);
        context.declareInput(step.getReferenceData());
        if (!data && !(noReferenceSolver(step) && hasStudyData(study))) {
            if (noReferenceSolver(step)) {
                problems.error("no reference: give a reference solver id (e.g. " + BuiltinSolvers.EXACT + ") or"
                        + " referenceData, or give the study a data-file reference");
            }
            StepChecks.solver(context, problems, step.getReference(), "reference");
        }
        if (study != null) {
            check(StepChecks.setup(study), study, step, problems);
        }
    }

    private static boolean noReferenceSolver(CompareStep step) {
        return step.getReference() == null || step.getReference().isBlank();
    }

    /** Whether the study's own reference is a data file: then it is what a step without a reference compares to. */
    private static boolean hasStudyData(Study study) {
        return study != null && study.getFamily() != null && study.getFamily().getReference() != null
                && study.getFamily().getReference().getKind() == ReferenceKind.DATA_FILE;
    }

    private static boolean hasData(CompareStep step) {
        return step.getReferenceData() != null && !step.getReferenceData().isBlank();
    }

    /** The distinct parameter vectors of the results' evaluation metrics, in the study's parameter order. */
    static List<double[]> heldOutByLastTraining(Study study) {
        List<double[]> vectors = new ArrayList<>();
        if (study.getResults() == null) {
            return vectors;
        }
        var parameters = study.getFamily().getParameters();
        for (var metric : study.getResults().getMetrics()) {
            if (!"evaluation".equals(metric.getStage()) || metric.getParameterValues().size() != parameters.size()) {
                continue;
            }
            double[] vector = new double[parameters.size()];
            boolean complete = true;
            for (var value : metric.getParameterValues()) {
                int index = parameters.indexOf(value.getParameter());
                if (index < 0) {
                    complete = false;
                    break;
                }
                vector[index] = value.getValue();
            }
            if (complete && vectors.stream().noneMatch(v -> java.util.Arrays.equals(v, vector))) {
                vectors.add(vector);
            }
        }
        return vectors;
    }

    /** The explicit parameter vectors (none: the test set); reports what is wrong. */
    private static List<double[]> check(StudySetup setup, Study study, CompareStep step, StepProblems problems) {
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < step.getPoints().size(); i++) {
            ParameterPoint point = step.getPoints().get(i);
            vectors.add(StepChecks.values(study, point.getValues(), null, null, problems, "point " + (i + 1)));
        }
        if (hasData(step)) {
            if (step.getPoints().size() != 1) {
                problems.error("reference data holds one parameter vector's solution: give exactly one point (got "
                        + step.getPoints().size() + ")");
            }
            if (!step.getResolution().isEmpty()) {
                problems.warning("the resolution is not used: the reference data's points are compared");
            }
        } else {
            StepChecks.resolution(setup, step.getResolution(), problems);
            if (step.getPoints().isEmpty() && study.getParameterSets().stream()
                    .noneMatch(set -> set.getRole() == ParameterSetRole.TEST)) {
                problems.error("no points given and study '" + setup.name() + "' has no test set (a parameter set of role "
                        + "test) to compare at");
            }
        }
        return vectors;
    }

    @Override
    public void execute(StepContext context) throws Exception {
        CompareStep step = context.step(CompareStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Problems problems = new Problems();
        List<double[]> vectors = check(setup, study.study(), step, problems);
        problems.throwIfAny();
        if (!hasData(step) && noReferenceSolver(step) && setup.referenceData() != null) {
            compareWithStudyData(context, study, setup, step, vectors);
            return;
        }
        if (vectors.isEmpty()) {
            // the values the last training held out (a quick-profile run holds out other values than the study's
            // test set, some of which it trained on), else the study's test set
            vectors = heldOutByLastTraining(study.study());
            if (!vectors.isEmpty()) {
                context.message("comparing at the " + vectors.size() + " values the last training held out");
            } else {
                vectors = List.of(study.engineStudy().testValues());
                if (vectors.isEmpty()) {
                    throw new IllegalArgumentException("study '" + setup.name() + "' has an empty test set");
                }
                context.message("comparing at the " + vectors.size() + " values of the study's test set");
            }
        }
        CsvTable table = errorTable(setup);
        Map<String, Double> worst = new LinkedHashMap<>();
        String solverName;
        String referenceName;
        if (hasData(step)) {
            Path data = context.resolve(step.getReferenceData());
            if (!Files.isRegularFile(data)) {
                throw new IllegalArgumentException("reference data " + data + " does not exist");
            }
            double[][] read = PointTables.readColumns(data, setup.coordinates(), setup.fields());
            int dimension = setup.coordinates().size();
            int count = read[0].length;
            double[] points = new double[count * dimension];
            for (int i = 0; i < count; i++) {
                for (int d = 0; d < dimension; d++) {
                    points[i * dimension + d] = read[d][i];
                }
            }
            Map<String, double[]> reference = new LinkedHashMap<>();
            for (int f = 0; f < setup.fields().size(); f++) {
                if (read[dimension + f] != null) {
                    reference.put(setup.fields().get(f), read[dimension + f]);
                }
            }
            if (reference.isEmpty()) {
                throw new IllegalArgumentException("reference data " + data + " has no field column; fields of study '"
                        + setup.name() + "': " + setup.fields());
            }
            double[] values = vectors.get(0);
            SubMonitor progress = SubMonitor.convert(context.monitor(), 2);
            try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), values, progress.split(1))) {
                FieldSolution solution = solver.solve(values, points, progress.split(1));
                addRows(table, worst, setup, values, solution, reference);
                solverName = solver.name();
            }
            referenceName = "reference data " + data.getFileName();
        } else {
            double[] points = StepChecks.points(StepChecks.uniformAxes(setup,
                    StepChecks.resolution(setup, step.getResolution(), new Problems())));
            SubMonitor progress = SubMonitor.convert(context.monitor(), 2 + 2 * vectors.size());
            try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), null, progress.split(1));
                    SurrogateSolver reference = context.solvers().open(step.getReference().trim(), study,
                            progress.split(1))) {
                for (double[] values : vectors) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    // a domain made of shapes: compared on the grid points in it at these values (not in a hole)
                    double[] inDomain = setup.problem().shape().isEmpty() ? points
                            : setup.problem().pointsInside(points, values);
                    FieldSolution solution = solver.solve(values, inDomain, progress.split(1));
                    FieldSolution exact = reference.solve(values, inDomain, progress.split(1));
                    Map<String, double[]> fields = new LinkedHashMap<>();
                    for (String field : exact.fieldNames()) {
                        if (solution.fieldNames().contains(field)) {
                            fields.put(field, exact.field(field));
                        }
                    }
                    addRows(table, worst, setup, values, solution, fields);
                }
                solverName = solver.name();
                referenceName = reference.name();
            }
        }
        write(context, step, table, worst, solverName + " against " + referenceName, vectors.size());
    }

    /**
     * Against the study's data file: at its own parameter values (those of the step's points, which must be among
     * them) and its own points.
     */
    private static void compareWithStudyData(StepContext context, StudyContext study, StudySetup setup,
            CompareStep step, List<double[]> vectors) throws Exception {
        ReferenceData data = setup.referenceData();
        List<ReferenceData.Case> cases = new ArrayList<>();
        for (double[] values : vectors) {
            ReferenceData.Case c = data.caseAt(values);
            if (c == null) {
                throw new IllegalArgumentException("the study's reference data " + data.describe() + " has no rows at "
                        + setup.range().describe(values) + "; its parameter values are " + data.cases().stream()
                                .map(k -> setup.range().describe(k.parameters())).toList());
            }
            cases.add(c);
        }
        if (cases.isEmpty()) {
            cases.addAll(data.cases());
        }
        CsvTable table = errorTable(setup);
        Map<String, Double> worst = new LinkedHashMap<>();
        SubMonitor progress = SubMonitor.convert(context.monitor(), 1 + cases.size());
        String solverName;
        try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), null, progress.split(1))) {
            for (ReferenceData.Case c : cases) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                FieldSolution solution = solver.solve(c.parameters(), c.points(), progress.split(1));
                Map<String, double[]> reference = new LinkedHashMap<>();
                for (int f = 0; f < data.fields().size(); f++) {
                    reference.put(data.fields().get(f), c.values()[f]);
                }
                addRows(table, worst, setup, c.parameters(), solution, reference);
            }
            solverName = solver.name();
        }
        write(context, step, table, worst, solverName + " against the study's reference data " + data.describe(),
                cases.size());
    }

    private static CsvTable errorTable(StudySetup setup) {
        List<String> columns = new ArrayList<>(setup.range().names());
        columns.addAll(ERROR_COLUMNS);
        return new CsvTable(columns);
    }

    /** Writes the table as the step's output and says what was compared, with the largest error per field. */
    private static void write(StepContext context, CompareStep step, CsvTable table, Map<String, Double> worst,
            String what, int vectors) throws IOException {
        Path csv = context.resolve(step.getOutput());
        table.write(csv);
        context.output(csv);
        StringBuilder summary = new StringBuilder();
        worst.forEach((field, error) -> summary.append(summary.length() == 0 ? "" : ", ").append(field)
                .append(String.format(Locale.ROOT, " %.3e", error)));
        context.message(what + " at " + vectors + " parameter vector(s); largest relative L2 error: " + summary
                + " -> " + csv);
    }

    private static void addRows(CsvTable table, Map<String, Double> worst, StudySetup setup, double[] values,
            FieldSolution solution, Map<String, double[]> reference) {
        for (Map.Entry<String, double[]> entry : reference.entrySet()) {
            String field = entry.getKey();
            boolean shifted = setup.meanShiftedFields().contains(field);
            double[] errors = errors(field, solution.field(field), entry.getValue(), shifted);
            List<Object> row = StepChecks.cells(values);
            row.add(field);
            row.add(errors[0]);
            row.add(errors[1]);
            row.add(shifted);
            row.add(solution.validity().inside());
            table.row(row);
            worst.merge(field, errors[0], (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b));
        }
    }

    /**
     * Relative L2 error (NaN when the reference is zero everywhere, after the shift) and maximum absolute error of
     * {@code solved} against {@code reference}, both shifted to mean zero first when asked.
     */
    static double[] errors(String field, double[] solved, double[] reference, boolean meanShifted) {
        double maxAbs = meanShifted ? ErrorMetrics.maxAbsMeanShifted(field, solved, reference)
                : ErrorMetrics.maxAbs(field, solved, reference);
        try {
            return new double[] {ErrorMetrics.compare(field, solved, reference, meanShifted).relativeL2(), maxAbs};
        } catch (IllegalArgumentException zeroReference) {
            return new double[] {Double.NaN, maxAbs};
        }
    }
}
