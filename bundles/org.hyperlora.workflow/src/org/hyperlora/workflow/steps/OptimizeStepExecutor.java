package org.hyperlora.workflow.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.Optimization;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.workflow.OptimizationGoal;
import org.hyperlora.workflow.OptimizeStep;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.QuantityBound;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Optimize: the parameter values within the trained range that minimise or maximise a quantity, subject to bounds on
 * others ({@link Optimization}); parameters given in values are held fixed. Writes the search's history; the optimum
 * and its quantities go to the step's messages, as {@code hyperlora optimize} prints them.
 */
public final class OptimizeStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        OptimizeStep step = context.step(OptimizeStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(context, problems, step.getOutput(), "output");
        check(step, problems);
        if (study != null) {
            check(study, StepChecks.setup(study), step, problems);
        }
    }

    private static void check(OptimizeStep step, StepProblems problems) {
        if (step.getObjective() == null) {
            problems.error("no objective: give the quantity to " + step.getGoal().getLiteral()
                    + " (maxAbs, mean, min, max or probe of a field)");
        }
        if (step.getStarts() < 1 || step.getStarts() > 64) {
            problems.error("starts " + step.getStarts() + ": give 1 to 64");
        }
        for (int c = 0; c < step.getConstraints().size(); c++) {
            QuantityBound bound = step.getConstraints().get(c);
            String what = "constraint " + (c + 1);
            if (!bound.isSetLower() && !bound.isSetUpper()) {
                problems.error(what + ": give a lower or an upper bound (or both)");
            } else if (bound.isSetLower() && bound.isSetUpper() && !(bound.getLower() <= bound.getUpper())) {
                problems.error(what + ": the lower bound " + bound.getLower() + " is above the upper bound "
                        + bound.getUpper());
            }
            if (bound.isSetLower() && !Double.isFinite(bound.getLower())
                    || bound.isSetUpper() && !Double.isFinite(bound.getUpper())) {
                problems.error(what + ": the bounds must be finite numbers");
            }
        }
    }

    /** Checks the step against the study; returns the indices of the parameters optimized over. */
    private static int[] check(Study study, StudySetup setup, OptimizeStep step, StepProblems problems) {
        if (step.getObjective() != null) {
            StepChecks.quantity(setup, step.getObjective(), problems, "objective");
        }
        for (int c = 0; c < step.getConstraints().size(); c++) {
            StepChecks.quantity(setup, step.getConstraints().get(c).getQuantity(), problems,
                    "constraint " + (c + 1));
        }
        StepChecks.resolution(setup, step.getResolution(), problems);
        double[] fixed = StepChecks.values(study, step.getValues(), setup.referenceValue(), null, problems, "values");
        List<Parameter> parameters = study.getFamily().getParameters();
        var range = StudyMapping.rangeOf(parameters);
        List<Integer> free = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            String name = parameters.get(p).getName();
            boolean held = step.getValues().stream().map(ParameterAssignment::getName)
                    .anyMatch(given -> given != null && given.trim().equals(name));
            if (!held) {
                free.add(p);
            } else if (fixed[p] < range.lower()[p] || fixed[p] > range.upper()[p]) {
                problems.error("values: " + name + " = " + fixed[p] + " is outside the trained range ["
                        + range.lower()[p] + ", " + range.upper()[p] + "], where the surrogate does not answer");
            }
        }
        if (free.isEmpty()) {
            problems.error(parameters.isEmpty() ? "study '" + study.getName() + "' has no parameters to optimize over"
                    : "every parameter is held fixed by values: nothing is left to optimize over");
        }
        return free.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void execute(StepContext context) throws Exception {
        OptimizeStep step = context.step(OptimizeStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Problems problems = new Problems();
        check(step, problems);
        int[] free = check(study.study(), setup, step, problems);
        problems.throwIfAny();
        // checked above: no problems left to report
        double[] base = StepChecks.values(study.study(), step.getValues(), setup.referenceValue(), null,
                new Problems(), "values");
        int[] resolution = StepChecks.resolution(setup, step.getResolution(), new Problems());
        List<DerivedQuantity> quantities = new ArrayList<>(List.of(StepChecks.quantity(step.getObjective())));
        List<Optimization.Bound> bounds = new ArrayList<>();
        List<String> labels = new ArrayList<>(List.of(SweepStepExecutor.label(step.getObjective(), setup)));
        for (QuantityBound bound : step.getConstraints()) {
            quantities.add(StepChecks.quantity(bound.getQuantity()));
            String label = SweepStepExecutor.label(bound.getQuantity(), setup);
            labels.add(label);
            bounds.add(new Optimization.Bound(label, bound.isSetLower() ? bound.getLower() : Double.NaN,
                    bound.isSetUpper() ? bound.getUpper() : Double.NaN));
        }
        // probes alone need no grid: each evaluation solves just their points
        double[] grid = quantities.stream().allMatch(q -> q.kind() == DerivedQuantity.Kind.PROBE) ? new double[0]
                : StepChecks.points(StepChecks.uniformAxes(setup, resolution));
        QuantityEvaluator evaluator = new QuantityEvaluator(setup.problem(), grid, quantities);
        SearchRange whole = SearchRange.of(study.study().getFamily().getParameters());
        SearchRange searched = whole.subset(free);
        Optimization.Goal goal = step.getGoal() == OptimizationGoal.MAXIMIZE ? Optimization.Goal.MAXIMIZE
                : Optimization.Goal.MINIMIZE;
        SubMonitor progress = SubMonitor.convert(context.monitor(), 10);
        long start = System.nanoTime();
        // as hyperlora optimize and the other design steps: the trained surrogate unless another solver is named
        // (hundreds of solves: a solver that retrains per value must be chosen on purpose)
        String solverId = step.getSolver() == null || step.getSolver().isBlank() ? BuiltinSolvers.HYPERLORA
                : step.getSolver();
        try (SurrogateSolver solver = StepChecks.open(context, study, solverId, null, progress.split(1))) {
            Optimization.Result result = new Optimization(evaluator.model(solver, base, free, new NullProgressMonitor()),
                    searched, goal, bounds).run(step.getStarts(), progress.split(9));
            Path csv = context.resolve(step.getOutput());
            result.writeCsv(csv, searched.names(), labels);
            context.output(csv);
            context.message(describe(goal, searched.names(), labels, result) + String.format(Locale.ROOT,
                    "; %d solves by %s in %.2f s -> %s", result.solves(), solver.name(),
                    (System.nanoTime() - start) / 1e9, csv));
            for (String warning : result.warnings()) {
                context.message("warning: " + warning);
            }
        }
    }

    /** {@code maximize u(x=2.0 t=0.1): beta=4.292; u(x=2.0 t=0.1)=1} and the constrained quantities. */
    static String describe(Optimization.Goal goal, List<String> names, List<String> labels,
            Optimization.Result result) {
        StringBuilder text = new StringBuilder(goal.literal()).append(' ').append(labels.get(0)).append(':');
        for (int p = 0; p < names.size(); p++) {
            text.append(' ').append(names.get(p)).append('=')
                    .append(String.format(Locale.ROOT, "%.6g", result.values()[p]));
        }
        for (int q = 0; q < labels.size(); q++) {
            text.append(q == 0 ? "; " : ", ").append(labels.get(q)).append('=')
                    .append(String.format(Locale.ROOT, "%.6g", result.quantities()[q]));
        }
        return text.append(result.feasible() ? "" : " (bounds not met)").toString();
    }
}
