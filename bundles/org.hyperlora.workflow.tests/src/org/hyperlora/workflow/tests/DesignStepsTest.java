package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.quantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.workflow.OptimizationGoal;
import org.hyperlora.workflow.OptimizeStep;
import org.hyperlora.workflow.ParameterDistribution;
import org.hyperlora.workflow.QuantityBound;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.UncertaintyStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.run.WorkflowException;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optimize and Uncertainty steps on the convection family, whose exact solution u = sin(x - beta t) gives the answers
 * in closed form; bad settings are refused before anything runs.
 */
class DesignStepsTest {

    private static final WorkflowFactory FACTORY = WorkflowFactory.eINSTANCE;

    private static OptimizeStep optimize(String output) {
        OptimizeStep step = FACTORY.createOptimizeStep();
        step.setName("largest u at a probe");
        step.setStudy("convection.hyperlora");
        step.setSolver(EXACT);
        step.setOutput(output);
        step.setGoal(OptimizationGoal.MAXIMIZE);
        step.setObjective(quantity(QuantityKind.PROBE, "u", 2, 0.1));
        step.getResolution().add(5);
        return step;
    }

    private static QuantityBound atLeast(double lower, org.hyperlora.workflow.Quantity quantity) {
        QuantityBound bound = FACTORY.createQuantityBound();
        bound.setQuantity(quantity);
        bound.setLower(lower);
        return bound;
    }

    private static UncertaintyStep uncertainty(String distribution) {
        UncertaintyStep step = FACTORY.createUncertaintyStep();
        step.setName("uncertain speed");
        step.setStudy("convection.hyperlora");
        step.setSolver(EXACT);
        step.setOutput("u-stats.csv");
        ParameterDistribution beta = FACTORY.createParameterDistribution();
        beta.setName("beta");
        beta.setDistribution(distribution);
        step.getParameters().add(beta);
        step.setSamples(2048);
        step.getResolution().add(5);
        step.getResolution().add(3);
        return step;
    }

    /** u(x=2, t=0.1) = sin(2 - beta/10) subject to u(x=1, t=0.1) >= 0.6: beta = 10 (1 - asin 0.6), the bound's. */
    @Test
    void optimizeFindsTheConstrainedOptimumAndWritesItsHistory(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        OptimizeStep step = optimize("design.csv");
        step.getConstraints().add(atLeast(0.6, quantity(QuantityKind.PROBE, "u", 1, 0.1)));
        Workflow workflow = Flows.workflow("design", step);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);
        assertTrue(result.succeeded(), result.toString());
        Flows.Csv history = Flows.csv(folder.resolve("design.csv"));
        assertEquals(List.of("start", "iteration", "solves", "beta", "u(x=2.0 t=0.1)", "u(x=1.0 t=0.1)", "feasible"),
                history.header());
        double best = history.rows().stream().filter(row -> row[6] == 1).mapToDouble(row -> row[4]).max()
                .orElseThrow();
        double beta = 10 * (1 - Math.asin(0.6));
        assertEquals(Math.sin(2 - beta / 10), best, 1e-8);
        String message = result.steps().get(0).messages().get(0);
        assertTrue(message.startsWith("maximize u(x=2.0 t=0.1): beta=3.5649"), message);
        assertTrue(message.contains("by exact reference"), message);
    }

    /** beta uniform on [1, 20]: the mean of sin(x - beta t) is (cos(x - 20 t) - cos(x - t)) / (19 t). */
    @Test
    void uncertaintyGivesTheClosedFormMeanAndQuantiles(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        UncertaintyStep step = uncertainty("uniform:1:20");
        step.getQuantities().add(quantity(QuantityKind.PROBE, "u", 1.5, 0.05));
        step.setQuantitiesOutput("u-quantiles.csv");
        step.setVtkOutput("u-stats.vtk");
        Workflow workflow = Flows.workflow("uq", step);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);
        assertTrue(result.succeeded(), result.toString());
        Flows.Csv fields = Flows.csv(folder.resolve("u-stats.csv"));
        assertEquals(List.of("x", "t", "u_mean", "u_std"), fields.header());
        assertEquals(15, fields.rows().size());
        for (double[] row : fields.rows()) {
            double x = row[0];
            double t = row[1];
            double mean = t == 0 ? Math.sin(x) : (Math.cos(x - 20 * t) - Math.cos(x - t)) / (19 * t);
            assertEquals(mean, row[2], 2e-3, "x " + x + " t " + t);
            if (t == 0) {
                assertEquals(0, row[3], 1e-12, "no spread where beta does not act");
            }
        }
        Flows.Csv quantiles = Flows.csv(folder.resolve("u-quantiles.csv"));
        assertEquals(List.of("quantity", "mean", "std", "q05", "q25", "q50", "q75", "q95", "missing"),
                quantiles.header());
        assertEquals(Math.sin(1.5 - 10.5 / 20), quantiles.value(0, "q50"), 1e-3);
        assertEquals(Math.sin(1.5 - (1 + 19 * 0.95) / 20), quantiles.value(0, "q05"), 1e-3);
        assertTrue(Files.readString(folder.resolve("u-stats.vtk")).contains("SCALARS u_std double"));
        assertTrue(result.steps().get(0).messages().get(0).startsWith("u(x=1.5 t=0.05): mean 0.7"),
                result.steps().get(0).messages().toString());
    }

    /**
     * examples/kovasznay-design.hlflow on its shipped measurements, each step through the exact solution instead of
     * the surrogate (the surrogate's own accuracy is the training's business; KovasznayExampleTest runs it through a
     * quick one): Re = 45 recovered within 5 % and its uncertainty, and the Re that makes v(1, 0.75) largest is
     * 4 pi^2 - 1 (there lambda = -1, where -lambda e^lambda peaks).
     */
    @Test
    void theKovasznayDesignExampleAnswersItsThreeQuestions(@TempDir Path folder) throws Exception {
        Flows.copyStudy("kovasznay", folder);
        Path file = folder.resolve("kovasznay-design.hlflow");
        Files.copy(Flows.example("kovasznay-design.hlflow"), file);
        Files.createDirectories(folder.resolve("data"));
        Files.copy(Flows.example("data/kovasznay-measured.csv"), folder.resolve("data/kovasznay-measured.csv"));
        Workflow workflow = org.hyperlora.workflow.io.WorkflowFiles.load(file);
        workflow.getSteps().forEach(step -> ((org.hyperlora.workflow.SolverStep) step).setSolver(EXACT));
        ((UncertaintyStep) workflow.getSteps().get(1)).setSamples(256);
        WorkflowResult result = new WorkflowRunner().run(workflow, file, null, null);
        assertTrue(result.succeeded(), result.toString());
        Path out = folder.resolve("kovasznay-design");
        Flows.Csv calibrated = Flows.csv(out.resolve("calibrated-re.csv"));
        double re = calibrated.value(0, "value");
        double sigma = calibrated.value(0, "sigma");
        assertTrue(Math.abs(re - 45) < 0.05 * 45 && Math.abs(re - 45) < 3 * sigma, re + " +- " + sigma);
        assertEquals(51 * 51, Flows.csv(out.resolve("velocity-spread.csv")).rows().size());
        assertEquals(List.of("v(x=1.0 y=0.75)", "maxAbs(u)"), Flows.column(out.resolve("probe-quantiles.csv"),
                "quantity"));
        Flows.Csv history = Flows.csv(out.resolve("design-history.csv"));
        double best = history.rows().stream().mapToDouble(row -> row[4]).max().orElseThrow();
        assertEquals(Math.exp(-1) / (2 * Math.PI), best, 1e-9);
        assertTrue(result.steps().get(2).messages().get(0).startsWith("maximize v(x=1.0 y=0.75): Re=38.47"),
                result.steps().get(2).messages().toString());
    }

    @Test
    void badSettingsAreRefusedBeforeAnythingRuns(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        OptimizeStep noObjective = optimize("design.csv");
        noObjective.setObjective(null);
        noObjective.getConstraints().add(FACTORY.createQuantityBound());
        noObjective.getConstraints().get(0).setQuantity(quantity(QuantityKind.MAX_ABS, "w"));
        OptimizeStep allFixed = optimize("fixed.csv");
        allFixed.getValues().add(Flows.value("beta", 25));
        UncertaintyStep outside = uncertainty("uniform:25:30");
        UncertaintyStep unknown = uncertainty("normal:5:1");
        unknown.getParameters().get(0).setName("speed");
        Workflow workflow = Flows.workflow("refused", noObjective, allFixed, outside, unknown);
        Path file = Flows.save(workflow, folder);
        String error = assertThrows(WorkflowException.class, () -> new WorkflowRunner().run(workflow, file, null,
                null)).getMessage();
        for (String expected : List.of("no objective: give the quantity to maximize",
                "constraint 1: give a lower or an upper bound", "constraint 1: unknown field 'w'",
                "values: beta = 25.0 is outside the trained range [1.0, 20.0]",
                "every parameter is held fixed by values",
                "parameters: parameter beta: uniform:25.0:30.0 puts no probability inside the trained range",
                "parameters: unknown parameter 'speed'; parameters: [beta]")) {
            assertTrue(error.contains(expected), "'" + expected + "' in " + error);
        }
        assertFalse(Files.exists(folder.resolve("design.csv")) || Files.exists(folder.resolve("u-stats.csv")),
                "nothing ran");
    }
}
