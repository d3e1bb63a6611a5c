package org.hyperlora.workflow.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
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
        StepChecks.output(context, problems, step.getOutput(), "output");
        if (study == null) {
            return;
        }
        StudySetup setup = StepChecks.setup(study);
        StepChecks.values(study, step.getValues(), null, null, problems, "values");
        boolean points = step.getPointsFile() != null && !step.getPointsFile().isBlank();
        context.declareInput(step.getPointsFile());
        context.declareOutput(step.getVtkOutput(), "vtkOutput");
        if (step.getGrid().isEmpty() && !points) {
            problems.error("empty grid: give one grid axis per coordinate " + setup.coordinates() + " or a pointsFile");
        } else if (!step.getGrid().isEmpty() && points) {
            problems.error("give either grid axes or a pointsFile, not both");
        } else if (!points) {
            StepChecks.gridAxes(setup, step.getGrid(), problems);
        }
        if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank() && setup.coordinates().size() > VtkFiles.MAX_DIMENSION) {
            problems.error("VTK output holds at most " + VtkFiles.MAX_DIMENSION + " coordinates; study '" + setup.name()
                    + "' has " + setup.coordinates());
        }
    }

    @Override
    public void execute(StepContext context) throws Exception {
        SolveStep step = context.step(SolveStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Problems problems = new Problems();
        double[] values = StepChecks.values(study.study(), step.getValues(), null, null, problems, "values");
        double[][] axes = step.getGrid().isEmpty() ? null : StepChecks.gridAxes(setup, step.getGrid(), problems);
        problems.throwIfAny();
        double[] points;
        if (axes != null) {
            points = StepChecks.points(axes);
        } else {
            Path pointsFile = context.resolve(step.getPointsFile());
            if (!Files.isRegularFile(pointsFile)) {
                throw new IllegalArgumentException("points file " + pointsFile + " does not exist");
            }
            points = PointTables.readPoints(pointsFile, setup.coordinates());
            Optional<String> outside = setup.problem().domain().firstOutside(points);
            if (outside.isPresent()) {
                throw new IllegalArgumentException("points file " + pointsFile + ": " + outside.get() + ", beyond the"
                        + " study's domain " + setup.problem().domain().describe() + "; the networks know nothing beyond"
                        + " it");
            }
        }
        // a domain made of shapes: points in a hole at these values are not solved (empty in CSV, NaN in VTK)
        int dimension = setup.coordinates().size();
        boolean[] inside = null;
        int outsideCount = 0;
        if (setup.problem().shape().isPresent()) {
            inside = setup.problem().inside(points, values);
            for (boolean in : inside) {
                outsideCount += in ? 0 : 1;
            }
            if (outsideCount == inside.length) {
                throw new IllegalArgumentException("none of the " + inside.length + " points lies in the domain "
                        + setup.problem().shape().get().describe() + " at " + setup.range().describe(values));
            }
        }
        double[] solvedPoints = inside == null ? points : PointTables.select(points, dimension, inside);
        SubMonitor progress = SubMonitor.convert(context.monitor(), 2);
        try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), values, progress.split(1))) {
            FieldSolution solution = solver.solve(values, solvedPoints, progress.split(1));
            if (!solution.validity().inside()) {
                context.message("warning: " + solution.validity().message());
            }
            if (outsideCount > 0) {
                context.message("warning: " + outsideCount + " of " + inside.length + " points lie outside the domain "
                        + setup.problem().shape().get().describe() + " at " + setup.range().describe(values)
                        + "; their fields are left empty (NaN in VTK)");
            }
            Path csv = context.resolve(step.getOutput());
            PointTables.writeCsv(csv, setup.coordinates(), points, solution, inside);
            context.output(csv);
            if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank()) {
                Path vtk = context.resolve(step.getVtkOutput());
                Map<String, double[]> fields = new LinkedHashMap<>();
                for (String field : solution.fieldNames()) {
                    double[] solved = solution.field(field);
                    double[] all = new double[points.length / dimension];
                    for (int p = 0, next = 0; p < all.length; p++) {
                        all[p] = inside == null || inside[p] ? solved[next++] : Double.NaN;
                    }
                    fields.put(field, all);
                }
                String title = "HyperLoRA study " + setup.name() + " at " + setup.range().describe(values) + ", solved by "
                        + solver.name();
                if (axes != null) {
                    VtkFiles.writeGrid(vtk, title, axes, fields);
                } else {
                    VtkFiles.writePoints(vtk, title, setup.coordinates().size(), points, fields);
                }
                context.output(vtk);
            }
            context.message(String.format(Locale.ROOT, "%s: %d points, fields %s, solved by %s in %.1f ms -> %s",
                    setup.range().describe(values), solution.pointCount(), solution.fieldNames(), solver.name(),
                    solution.elapsedNanos() / 1e6, csv));
        }
    }
}
