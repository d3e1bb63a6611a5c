package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.quantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep steps through the exact solver: derived quantities of u = sin(x - beta t) against what they must be. */
class SweepStepTest {

    @Test
    void maxAbsOfConvectionIsOneForEverySpeedAndTheProbeIsTheClosedForm(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        SweepStep sweep = Flows.sweep("sweep beta", "convection.hyperlora", EXACT, "beta", 1, 20, 5, "tables/sweep.csv",
                quantity(QuantityKind.MAX_ABS, "u"), quantity(QuantityKind.PROBE, "u", 1.0, 0.5),
                quantity(QuantityKind.MEAN, "u"), quantity(QuantityKind.MIN, "u"), quantity(QuantityKind.MAX, "u"));
        sweep.getResolution().addAll(List.of(101, 51));
        Workflow workflow = Flows.workflow("sweep", sweep);
        assertTrue(new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null).succeeded());

        Flows.Csv csv = Flows.csv(folder.resolve("tables/sweep.csv"));
        assertEquals(List.of("beta", "maxAbs(u)", "u(x=1.0 t=0.5)", "mean(u)", "min(u)", "max(u)", "inside"), csv.header());
        assertEquals(5, csv.rows().size());
        // the grid has 101 x values over [0, 2 pi]: the peak of sin is missed by at most half a step, 1 - cos(pi/100)
        double gridError = 1 - Math.cos(Math.PI / 100);
        for (int row = 0; row < 5; row++) {
            double beta = 1 + 19.0 * row / 4;
            assertEquals(beta, csv.value(row, "beta"), 1e-12);
            assertEquals(1, csv.value(row, "maxAbs(u)"), gridError + 1e-12, "max |u| at beta = " + beta);
            assertTrue(csv.value(row, "maxAbs(u)") <= 1 + 1e-12);
            assertEquals(Math.sin(1.0 - beta * 0.5), csv.value(row, "u(x=1.0 t=0.5)"), 1e-12, "probe at beta = " + beta);
            assertEquals(-1, csv.value(row, "min(u)"), gridError + 1e-12);
            assertEquals(1, csv.value(row, "max(u)"), gridError + 1e-12);
            // a whole period in x (101 points, both ends): the mean is one end point's share, at most 1/101
            assertEquals(0, csv.value(row, "mean(u)"), 1.0 / 101 + 1e-12);
            assertEquals(1, csv.value(row, "inside"), "the exact solution is valid everywhere");
        }
    }

    @Test
    void onAShapedDomainQuantitiesAreOverThePointsInItAndAProbeInTheHoleIsEmpty(@TempDir Path folder)
            throws Exception {
        Flows.copyStudy("cylinder", folder);
        // the probe at (0.3, 0) is in the cylinder from R = 0.3 on; the grid includes the origin (51 x 51)
        SweepStep sweep = Flows.sweep("sweep R", "cylinder.hyperlora", EXACT, "R", 0.2, 0.6, 3, "sweep.csv",
                quantity(QuantityKind.MAX, "phi"), quantity(QuantityKind.PROBE, "phi", 0.3, 0.0));
        Workflow workflow = Flows.workflow("sweep", sweep);
        var result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);
        assertTrue(result.succeeded(), () -> result.failure().map(f -> f.error()).orElse(""));

        Flows.Csv csv = Flows.csv(folder.resolve("sweep.csv"));
        for (int row = 0; row < 3; row++) {
            double radius = 0.2 + 0.2 * row;
            // phi = x (1 + R^2/r^2) is largest on the box's right edge at y = 0: 2 (1 + R^2/4)
            assertEquals(2 * (1 + radius * radius / 4), csv.value(row, "max(phi)"), 1e-12, "R = " + radius);
        }
        assertEquals(0.3 * (1 + 0.04 / 0.09), csv.value(0, "phi(x=0.3 y=0.0)"), 1e-12);
        assertTrue(Double.isNaN(csv.value(1, "phi(x=0.3 y=0.0)")), "at R = 0.4 the probe is in the cylinder");
        assertTrue(result.steps().get(0).messages().stream().anyMatch(m -> m.startsWith(
                "warning: 2 probe values lie outside the domain rectangle box − disk cylinder")),
                result.steps().get(0).messages().toString());
    }

    @Test
    void sweepsOnALogScaleWithOtherParametersAndLabelsAsGiven(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        Quantity probe = quantity(QuantityKind.PROBE, "u", 2.0, 0.25);
        probe.setLabel("u at the probe");
        SweepStep sweep = Flows.sweep("log sweep", "convection.hyperlora", EXACT, "beta", 1, 16, 5, "log.csv", probe);
        sweep.setLogScale(true);
        sweep.getResolution().add(3);
        Workflow workflow = Flows.workflow("log", sweep);
        assertTrue(new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null).succeeded());

        Flows.Csv csv = Flows.csv(folder.resolve("log.csv"));
        assertEquals(List.of("beta", "u at the probe", "inside"), csv.header());
        double[] expected = {1, 2, 4, 8, 16};
        for (int row = 0; row < expected.length; row++) {
            assertEquals(expected[row], csv.value(row, "beta"), 1e-12);
            assertEquals(Math.sin(2.0 - expected[row] * 0.25), csv.value(row, "u at the probe"), 1e-12);
        }
    }
}
