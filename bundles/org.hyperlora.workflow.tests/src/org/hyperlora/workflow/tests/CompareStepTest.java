package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare steps: error tables against a reference solver and against reference data. */
class CompareStepTest {

    @Test
    void theExactSolverAgainstItselfHasNoError(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        CompareStep compare = Flows.compare("exact vs exact", "convection.hyperlora", EXACT, EXACT, "errors.csv",
                List.of(List.of(value("beta", 2)), List.of(value("beta", 7))), 41, 21);
        Workflow workflow = Flows.workflow("compare", compare);
        assertTrue(new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null).succeeded());

        Flows.Csv csv = Flows.csv(folder.resolve("errors.csv"));
        assertEquals(List.of("beta", "field", "relativeL2", "maxAbs", "meanShifted", "inside"), csv.header());
        assertEquals(2, csv.rows().size());
        assertEquals(2, csv.value(0, "beta"));
        assertEquals(7, csv.value(1, "beta"));
        assertEquals(List.of("u", "u"), Flows.column(folder.resolve("errors.csv"), "field"));
        for (int row = 0; row < 2; row++) {
            assertEquals(0, csv.value(row, "relativeL2"), 0);
            assertEquals(0, csv.value(row, "maxAbs"), 0);
            assertEquals(0, csv.value(row, "meanShifted"));
            assertEquals(1, csv.value(row, "inside"));
        }
    }

    @Test
    void comparesAtTheStudysTestSetAndShiftsThePressure(@TempDir Path folder) throws Exception {
        Flows.copyStudy("kovasznay", folder);
        CompareStep compare = Flows.compare("test set", "kovasznay.hyperlora", EXACT, EXACT, "errors.csv", List.of(), 21);
        Workflow workflow = Flows.workflow("test-set", compare);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);

        assertTrue(result.steps().get(0).messages().stream().anyMatch(m -> m.contains("the 10 values of the study's test set")),
                result.steps().get(0).messages().toString());
        Flows.Csv csv = Flows.csv(folder.resolve("errors.csv"));
        assertEquals(30, csv.rows().size(), "10 held-out values x 3 fields");
        List<String> fields = Flows.column(folder.resolve("errors.csv"), "field");
        for (int row = 0; row < 30; row++) {
            // the held-out values are the cell centres of [20, 100] in 10 cells
            assertEquals(20 + 8 * (row / 3 + 0.5), csv.value(row, "Re"), 1e-9);
            assertEquals(List.of("u", "v", "p").get(row % 3), fields.get(row));
            assertEquals(fields.get(row).equals("p") ? 1 : 0, csv.value(row, "meanShifted"), "p only is mean-shifted");
            assertEquals(0, csv.value(row, "relativeL2"), 1e-15);
        }
    }

    @Test
    void comparesWithReferenceDataAnEarlierStepWrote(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        var solve = Flows.solve("data at beta 3", "convection.hyperlora", EXACT, "data/beta3.csv",
                List.of(value("beta", 3)), axis("x", 0, 6, 13), axis("t", 0, 1, 11));
        CompareStep same = Flows.compare("same value", "convection.hyperlora", EXACT, "", "same.csv",
                List.of(List.of(value("beta", 3))));
        same.setReferenceData("data/beta3.csv");
        CompareStep other = Flows.compare("other value", "convection.hyperlora", EXACT, "", "other.csv",
                List.of(List.of(value("beta", 4))));
        other.setReferenceData("data/beta3.csv");
        Workflow workflow = Flows.workflow("data", solve, same, other);
        assertTrue(new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null).succeeded());

        Flows.Csv zero = Flows.csv(folder.resolve("same.csv"));
        assertEquals(1, zero.rows().size());
        assertEquals(0, zero.value(0, "relativeL2"), 0);
        assertEquals(0, zero.value(0, "maxAbs"), 0);

        double difference = 0;
        double norm = 0;
        double maxAbs = 0;
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 11; j++) {
                double x = 0.5 * i;
                double t = 0.1 * j;
                double error = Math.sin(x - 4 * t) - Math.sin(x - 3 * t);
                difference += error * error;
                norm += Math.sin(x - 3 * t) * Math.sin(x - 3 * t);
                maxAbs = Math.max(maxAbs, Math.abs(error));
            }
        }
        Flows.Csv errors = Flows.csv(folder.resolve("other.csv"));
        assertEquals(4, errors.value(0, "beta"));
        assertEquals(Math.sqrt(difference / norm), errors.value(0, "relativeL2"), 1e-12);
        assertEquals(maxAbs, errors.value(0, "maxAbs"), 1e-12);
    }
}
