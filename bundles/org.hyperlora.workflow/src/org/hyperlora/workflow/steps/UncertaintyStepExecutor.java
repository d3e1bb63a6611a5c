package org.hyperlora.workflow.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.Uncertainty;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.UncertaintyStep;
import org.hyperlora.workflow.io.VtkFiles;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Uncertainty: uncertain parameters propagated into the fields ({@link Uncertainty}), through the trained HyperLoRA
 * surrogate unless the step names another solver. Writes the mean and standard deviation of each field on a grid of
 * the domain (CSV, optionally VTK) and, for derived quantities, their mean, standard deviation and quantiles, as
 * {@code hyperlora uq} does.
 */
public final class UncertaintyStepExecutor implements StepExecutor {

    private static final int MAX_SAMPLES = 10_000_000;

    @Override
    public void validate(StepContext context, StepProblems problems) {
        UncertaintyStep step = context.step(UncertaintyStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(context, problems, step.getOutput(), "output");
        context.declareOutput(step.getVtkOutput(), "vtkOutput");
        boolean quantitiesFile = step.getQuantitiesOutput() != null && !step.getQuantitiesOutput().isBlank();
        context.declareOutput(step.getQuantitiesOutput(), "quantitiesOutput");
        if (quantitiesFile && step.getQuantities().isEmpty()) {
            problems.error("quantitiesOutput is given but there are no quantities to write");
        } else if (!quantitiesFile && !step.getQuantities().isEmpty()) {
            problems.warning("the quantities are reported in the step's messages only: give quantitiesOutput for a"
                    + " CSV of their statistics");
        }
        if (step.getSamples() < 2 || step.getSamples() > MAX_SAMPLES) {
            problems.error("samples " + step.getSamples() + ": give 2 to 10,000,000");
        }
        if (study != null) {
            check(study, StepChecks.setup(study), step, problems);
        }
    }

    /** Checks the step against the study; returns the distributions, truncated to the trained range (null if any is bad). */
    private static List<Uncertainty.Truncated> check(Study study, StudySetup setup, UncertaintyStep step,
            StepProblems problems) {
        StepChecks.resolution(setup, step.getResolution(), problems);
        if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank()
                && setup.coordinates().size() > VtkFiles.MAX_DIMENSION) {
            problems.error("VTK output holds at most " + VtkFiles.MAX_DIMENSION + " coordinates; study '"
                    + setup.name() + "' has " + setup.coordinates());
        }
        for (int q = 0; q < step.getQuantities().size(); q++) {
            StepChecks.quantity(setup, step.getQuantities().get(q), problems, "quantity " + (q + 1));
        }
        var shape = setup.problem().shape();
        if (shape.isPresent() && shape.get().dependsOnParameters()) {
            problems.error("the domain " + shape.get().describe() + " moves with the parameters; statistics over"
                    + " samples whose domains differ are not computed yet");
        }
        List<String> names = setup.range().names();
        var range = StudyMapping.rangeOf(study.getFamily().getParameters());
        List<java.util.Map.Entry<String, String>> given = step.getParameters().stream()
                .map(p -> java.util.Map.entry(p.getName() == null ? "" : p.getName(),
                        p.getDistribution() == null ? "" : p.getDistribution())).toList();
        List<Uncertainty.Truncated> found = Uncertainty.assign(given, names, range.lower(), range.upper(),
                problem -> problems.error("parameters: " + problem));
        for (int p = 0; found != null && p < found.size(); p++) {
            found.get(p).truncation(names.get(p)).ifPresent(warning -> problems.warning("parameters: " + warning));
        }
        return found;
    }

    @Override
    public void execute(StepContext context) throws Exception {
        UncertaintyStep step = context.step(UncertaintyStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Problems problems = new Problems();
        List<Uncertainty.Truncated> parameters = check(study.study(), setup, step, problems);
        problems.throwIfAny();
        int[] resolution = StepChecks.resolution(setup, step.getResolution(), new Problems());
        double[][] axes = StepChecks.uniformAxes(setup, resolution);
        double[] grid = StepChecks.points(axes);
        List<Quantity> quantities = List.copyOf(step.getQuantities());
        QuantityEvaluator evaluator = new QuantityEvaluator(setup.problem(), grid,
                quantities.stream().map(StepChecks::quantity).toList());
        String solverId = step.getSolver() == null || step.getSolver().isBlank() ? BuiltinSolvers.HYPERLORA
                : step.getSolver();
        SubMonitor progress = SubMonitor.convert(context.monitor(), 20);
        try (SurrogateSolver solver = StepChecks.open(context, study, solverId, null, progress.split(1))) {
            Uncertainty.ChunkSolver chunks = Uncertainty.here(solver, evaluator);
            if (context.cluster().isPresent()) {
                if (org.hyperlora.runner.ClusterSamples.canSend(study)) {
                    // the samples on the cluster's members too: the same statistics as alone
                    chunks = new org.hyperlora.runner.ClusterSamples(context.cluster().get().hazelcast(), solverId,
                            study, grid, evaluator.quantities());
                    context.message("samples solved on the " + context.cluster().get().size() + " members of cluster '"
                            + context.cluster().get().name() + "'");
                } else {
                    context.message(org.hyperlora.runner.ClusterSamples.WHY_NOT);
                }
            }
            Uncertainty.Statistics statistics = Uncertainty.propagate(evaluator, parameters, step.getSamples(),
                    chunks, progress.split(18));
            Path csv = context.resolve(step.getOutput());
            Uncertainty.writeFields(csv, setup.coordinates(), grid, statistics);
            context.output(csv);
            if (step.getVtkOutput() != null && !step.getVtkOutput().isBlank()) {
                Path vtk = context.resolve(step.getVtkOutput());
                VtkFiles.writeGrid(vtk, "HyperLoRA study " + setup.name() + ": mean and standard deviation over "
                        + step.getSamples() + " samples, solved by " + solver.name(), axes,
                        Uncertainty.gridFields(statistics, grid.length / setup.coordinates().size()));
                context.output(vtk);
            }
            List<String> labels = new ArrayList<>();
            for (Quantity quantity : quantities) {
                labels.add(SweepStepExecutor.label(quantity, setup));
            }
            for (int q = 0; q < labels.size(); q++) {
                context.message(statistics.quantities().get(q).describe(labels.get(q)));
            }
            if (step.getQuantitiesOutput() != null && !step.getQuantitiesOutput().isBlank()
                    && !labels.isEmpty()) {
                Path table = context.resolve(step.getQuantitiesOutput());
                Uncertainty.writeQuantities(table, statistics, labels);
                context.output(table);
            }
            context.message(String.format(Locale.ROOT, "%d samples at %d grid points, solved by %s in %.2f s (%.0f"
                    + " solves/s) -> %s", step.getSamples(), grid.length / setup.coordinates().size(), solver.name(),
                    statistics.nanos() / 1e9, statistics.solvesPerSecond(), csv));
        }
    }
}
