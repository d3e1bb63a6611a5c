package org.hyperlora.workflow.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.io.CsvTable;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Sweep: solves for {@code count} values of one parameter (the others as given, else at their reference values) on
 * a uniform grid over the study's domain and writes one row per value: every parameter, then each quantity (max |f|,
 * mean, min or max of a field over the grid, or its value at a probe point), then whether the solver was inside its
 * validity range there.
 */
public final class SweepStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        SweepStep step = context.step(SweepStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(context, problems, step.getOutput(), "output");
        checkRange(step, problems);
        if (study != null) {
            check(study, StepChecks.setup(study), step, problems);
        }
    }

    private static void checkRange(SweepStep step, StepProblems problems) {
        if (step.getCount() < 1) {
            problems.error("count is " + step.getCount() + "; a sweep needs at least 1 value");
        }
        if (!Double.isFinite(step.getFrom()) || !Double.isFinite(step.getTo())) {
            problems.error("from and to must be finite, got " + step.getFrom() + " and " + step.getTo());
        } else if (step.getCount() > 1 && step.getFrom() == step.getTo()) {
            problems.error("from and to are both " + step.getFrom() + "; a sweep of " + step.getCount()
                    + " values needs a range");
        }
        if (step.isLogScale() && (step.getFrom() <= 0 || step.getTo() <= 0)) {
            problems.error("a log-scale sweep needs positive from and to, got " + step.getFrom() + " and " + step.getTo());
        }
    }

    /** Checks the step against the study; returns the parameter's index (or -1). */
    private static int check(Study study, StudySetup setup, SweepStep step, StepProblems problems) {
        String parameter = step.getParameter() == null ? "" : step.getParameter().trim();
        int index = setup.range().names().indexOf(parameter);
        if (parameter.isEmpty()) {
            problems.error("no parameter to sweep (attribute parameter); parameters of study '" + setup.name() + "': "
                    + setup.range().names());
        } else if (index < 0) {
            problems.error("unknown parameter '" + parameter + "'; parameters of study '" + setup.name() + "': "
                    + setup.range().names());
        }
        double[] base = StepChecks.values(study, step.getValues(), setup.referenceValue(), parameter, problems, "values");
        if (index >= 0 && Double.isFinite(step.getFrom()) && Double.isFinite(step.getTo())
                && StudyMapping.outsideValidity(study.getFamily().getParameters(), base).isEmpty()) {
            // the declared validity is an interval: both ends inside means every swept value is
            for (double end : new double[] {step.getFrom(), step.getTo()}) {
                double[] values = base.clone();
                values[index] = end;
                StepChecks.outsideValidity(study, values, problems, "sweep");
            }
        }
        StepChecks.resolution(setup, step.getResolution(), problems);
        if (step.getQuantities().isEmpty()) {
            problems.error("no quantities to tabulate: give at least one (maxAbs, mean, min, max or probe of a field)");
        }
        Set<String> labels = new HashSet<>();
        for (int q = 0; q < step.getQuantities().size(); q++) {
            Quantity quantity = step.getQuantities().get(q);
            String what = "quantity " + (q + 1);
            if (StepChecks.quantity(setup, quantity, problems, what) && !labels.add(label(quantity, setup))) {
                problems.warning(what + ": another quantity has the column name '" + label(quantity, setup) + "'");
            }
        }
        return index;
    }

    /** The column header of a quantity: its label, or e.g. {@code maxAbs(u)}, {@code u(x=1.0 t=0.5)}. */
    static String label(Quantity quantity, StudySetup setup) {
        if (quantity.getLabel() != null && !quantity.getLabel().isBlank()) {
            return quantity.getLabel().trim();
        }
        return StepChecks.quantity(quantity).label(setup.coordinates());
    }

    @Override
    public void execute(StepContext context) throws Exception {
        SweepStep step = context.step(SweepStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Problems problems = new Problems();
        checkRange(step, problems);
        int parameter = check(study.study(), setup, step, problems);
        problems.throwIfAny();
        // checked above: no problems left to report
        double[] base = StepChecks.values(study.study(), step.getValues(), setup.referenceValue(), setup.range().names().get(parameter),
                new Problems(), "values");
        int[] resolution = StepChecks.resolution(setup, step.getResolution(), new Problems());

        double[] grid = StepChecks.points(StepChecks.uniformAxes(setup, resolution));
        List<Quantity> quantities = List.copyOf(step.getQuantities());
        // probe points after the grid: one solve per value answers everything
        QuantityEvaluator evaluator = new QuantityEvaluator(setup.problem(), grid,
                quantities.stream().map(StepChecks::quantity).toList());

        List<String> columns = new ArrayList<>(setup.range().names());
        for (Quantity quantity : quantities) {
            columns.add(label(quantity, setup));
        }
        columns.add("inside");
        CsvTable table = new CsvTable(columns);
        double[] swept = StepChecks.sweep(step.getFrom(), step.getTo(), step.getCount(), step.isLogScale());
        SubMonitor progress = SubMonitor.convert(context.monitor(), swept.length + 1);
        int outside = 0;
        int probesInHoles = 0;
        long start = System.nanoTime();
        try (SurrogateSolver solver = StepChecks.open(context, study, step.getSolver(), null, progress.split(1))) {
            for (double value : swept) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double[] values = base.clone();
                values[parameter] = value;
                QuantityEvaluator.Values derived = evaluator.evaluate(solver, values, progress.split(1));
                List<Object> row = StepChecks.cells(values);
                for (int q = 0; q < quantities.size(); q++) {
                    // a probe in a hole of the domain at this value is left empty
                    row.add(derived.inHole()[q] ? "" : derived.values()[q]);
                }
                probesInHoles += derived.probesInHoles();
                boolean inside = derived.validity().inside();
                if (!inside) {
                    outside++;
                }
                row.add(inside);
                table.row(row);
            }
            Path csv = context.resolve(step.getOutput());
            table.write(csv);
            context.output(csv);
            if (outside > 0) {
                context.message("warning: " + outside + " of " + swept.length + " values are outside the validity range of "
                        + solver.name() + " (column inside)");
            }
            if (probesInHoles > 0) {
                context.message("warning: " + probesInHoles + " probe values lie outside the domain "
                        + setup.problem().shape().get().describe() + " at their parameter value and are left empty");
            }
            context.message(String.format(Locale.ROOT, "%s from %s to %s, %d values on %d grid points, solved by %s in"
                    + " %.1f s -> %s", setup.range().names().get(parameter), CsvTable.format(step.getFrom()),
                    CsvTable.format(step.getTo()), swept.length, evaluator.gridCount(), solver.name(),
                    (System.nanoTime() - start) / 1e9, csv));
        }
    }
}
