package org.hyperlora.workflow.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.model.Study;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.io.VtkFiles;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Solve: one parameter vector on a grid (or at the points of a CSV file) through the surrogate-solver registry. Writes
 * a CSV in the command line's format (header; coordinates in the study's order, then one column per field; the last
 * coordinate varies fastest) and optionally a legacy VTK file for ParaView (STRUCTURED_POINTS for a grid, POLYDATA
 * vertices for a points file).
 */
public final class SolveStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        SolveStep step = context.step(SolveStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(problems, step.getOutput(), "output");
        if (study == null) {
            return;
        }
        StudyShape shape = StudyShape.of(study);
        StepChecks.values(shape, step.getValues(), null, null, problems, "values");
        boolean points = step.getPointsFile() != null && !step.getPointsFile().isBlank();
        if (step.getGrid().isEmpty() && !points) {
            problems.error("empty grid: give one grid axis per coordinate " + shape.coordinates + " or a pointsFile");
        } else if (!step.getGrid().isEmpty() && points) {
            problems.error("give either grid axes or a pointsFile, not both");
        } else if (!points) {
            StepChecks.gridAxes(shape, step.getGrid(), problems);
        }
        if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank() && shape.dimension() > VtkFiles.MAX_DIMENSION) {
            problems.error("VTK output holds at most " + VtkFiles.MAX_DIMENSION + " coordinates; study '" + shape.name
                    + "' has " + shape.coordinates);
        }
    }

    @Override
    public void execute(StepContext context) throws Exception {
        SolveStep step = context.step(SolveStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudyShape shape = StudyShape.of(study.study());
        Problems problems = new Problems();
        double[] values = StepChecks.values(shape, step.getValues(), null, null, problems, "values");
        double[][] axes = step.getGrid().isEmpty() ? null : StepChecks.gridAxes(shape, step.getGrid(), problems);
        problems.throwIfAny();
        double[] points;
        if (axes != null) {
            points = StepChecks.points(axes);
        } else {
            Path pointsFile = context.resolve(step.getPointsFile());
            if (!Files.isRegularFile(pointsFile)) {
                throw new IllegalArgumentException("points file " + pointsFile + " does not exist");
            }
            points = PointTables.readPoints(pointsFile, shape.coordinates);
        }
        SubMonitor progress = SubMonitor.convert(context.monitor(), 2);
        try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), values, progress.split(1))) {
            FieldSolution solution = solver.solve(values, points, progress.split(1));
            if (!solution.validity().inside()) {
                context.message("warning: " + solution.validity().message());
            }
            Path csv = context.resolve(step.getOutput());
            PointTables.writeCsv(csv, shape.coordinates, points, solution);
            context.output(csv);
            if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank()) {
                Path vtk = context.resolve(step.getVtkOutput());
                Map<String, double[]> fields = new LinkedHashMap<>();
                for (String field : solution.fieldNames()) {
                    fields.put(field, solution.field(field));
                }
                String title = "HyperLoRA study " + shape.name + " at " + shape.describe(values) + ", solved by "
                        + solver.name();
                if (axes != null) {
                    VtkFiles.writeGrid(vtk, title, axes, fields);
                } else {
                    VtkFiles.writePoints(vtk, title, shape.dimension(), points, fields);
                }
                context.output(vtk);
            }
            context.message(String.format(Locale.ROOT, "%s: %d points, fields %s, solved by %s in %.1f ms -> %s",
                    shape.describe(values), solution.pointCount(), solution.fieldNames(), solver.name(),
                    solution.elapsedNanos() / 1e6, csv));
        }
    }
}
