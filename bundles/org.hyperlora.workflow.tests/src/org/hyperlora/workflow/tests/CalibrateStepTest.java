package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.workflow.CalibrateStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.run.WorkflowException;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibrate steps: the Kovasznay Reynolds number from noisy velocity measurements; bad settings refused. */
class CalibrateStepTest {

    /** u and v of the exact Kovasznay flow at Re, with noise of standard deviation 0.01, at 150 points. */
    private static Path measurements(Path folder, double re) throws Exception {
        Random random = new Random(5);
        double[][] points = new double[150][];
        for (int p = 0; p < points.length; p++) {
            points[p] = new double[] { -0.5 + 1.5 * random.nextDouble(), -0.5 + 2 * random.nextDouble() };
        }
        double[][] fields = new double[3][points.length];
        ReferenceSolutions.byName("kovasznay").evaluate(new double[] { re }, points, fields);
        StringBuilder csv = new StringBuilder("y,x,v,u\n");
        for (int p = 0; p < points.length; p++) {
            csv.append(points[p][1]).append(',').append(points[p][0]).append(',')
                    .append(fields[1][p] + 0.01 * random.nextGaussian()).append(',')
                    .append(fields[0][p] + 0.01 * random.nextGaussian()).append('\n');
        }
        Path file = folder.resolve("measured.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static CalibrateStep calibrate(String data, String output) {
        CalibrateStep step = WorkflowFactory.eINSTANCE.createCalibrateStep();
        step.setName("Re from velocities");
        step.setStudy("kovasznay.hyperlora");
        step.setSolver(EXACT);
        step.setDataFile(data);
        step.setOutput(output);
        step.setNoise(0.01);
        return step;
    }

    @Test
    void recoversTheReynoldsNumberWithinItsUncertainty(@TempDir Path folder) throws Exception {
        Flows.copyStudy("kovasznay", folder);
        measurements(folder, 47.0);
        Workflow workflow = Flows.workflow("calibrate", calibrate("measured.csv", "re.csv"));
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);
        assertTrue(result.succeeded(), result.toString());
        Flows.Csv csv = Flows.csv(folder.resolve("re.csv"));
        assertEquals(List.of("parameter", "value", "sigma"), csv.header());
        double re = csv.value(0, "value");
        double sigma = csv.value(0, "sigma");
        assertTrue(Math.abs(re - 47) < 0.05 * 47 && Math.abs(re - 47) < 3 * sigma, re + " +- " + sigma);
        List<String> messages = result.steps().get(0).messages();
        assertTrue(messages.get(0).startsWith("Re=") && messages.get(0).contains("measured values of u, v")
                && messages.get(0).contains("by exact reference"), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.startsWith("warning")), "a good fit: " + messages);
    }

    @Test
    void badSettingsAndDataAreRefusedWithTheirReason(@TempDir Path folder) throws Exception {
        Flows.copyStudy("kovasznay", folder);
        CalibrateStep blank = calibrate(" ", "re.csv");
        blank.setStarts(0);
        blank.setNoise(-1);
        Workflow refused = Flows.workflow("refused", blank);
        Path file = Flows.save(refused, folder);
        String error = assertThrows(WorkflowException.class, () -> new WorkflowRunner().run(refused, file, null, null))
                .getMessage();
        assertTrue(error.contains("no dataFile") && error.contains("starts 0: give 1 to 64")
                && error.contains("noise -1.0 is not a positive number"), error);
        assertFalse(Files.exists(folder.resolve("re.csv")), "nothing ran");

        Files.writeString(folder.resolve("measured.csv"), "x,y,w\n0,0,1\n0.5,0.5,2\n");
        Workflow unknownColumn = Flows.workflow("unknown column", calibrate("measured.csv", "re.csv"));
        Path unknownFile = Flows.save(unknownColumn, folder);
        String failure = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(unknownColumn, unknownFile, null, null)).getMessage();
        assertTrue(failure.contains("stopped at step 1 'Re from velocities' (Calibrate)")
                && failure.contains("unknown column 'w' (the columns are [x, y, u, v, p])"), failure);
        assertFalse(Files.exists(folder.resolve("re.csv")));
    }
}
