package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingOutcome;
import org.hyperlora.runner.TrainingRun;
import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowException;
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
            assertEquals(20 * Math.pow(5, (row / 3 + 0.5) / 10), csv.value(row, "Re"), 1e-9); // cell centres, log Re
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

    /**
     * A step without a reference compares with the study's data-file reference: at the data's parameter values and
     * points, the surrogate's error there; a value the data does not hold is refused with the values it does.
     */
    @Test
    void comparesWithTheStudysDataFileWhenNoReferenceIsGiven(@TempDir Path folder) throws Exception {
        Path file = Flows.copyStudy("convection", folder);
        Study study = StudyFiles.load(file);
        MethodSettings method = study.getMethod(); // a tiny surrogate: the comparison, not its accuracy, is tested
        method.getNetwork().getHiddenWidths().clear();
        method.getNetwork().getHiddenWidths().addAll(List.of(12, 12));
        method.getLora().setRank(1);
        method.getHypernetwork().getHiddenWidths().clear();
        method.getHypernetwork().getHiddenWidths().add(8);
        method.getHypernetwork().setRegressionIterations(40);
        method.getHypernetwork().setPhysicsRounds(1);
        method.getHypernetwork().setIterationsPerRound(10);
        method.getHypernetwork().setBatchSize(2);
        method.getTraining().setCollocationPoints(200);
        method.getTraining().setBoundaryPoints(40);
        for (var stages : List.of(method.getTraining().getBaseStages(), method.getTraining().getFitStages())) {
            stages.get(0).setIterations(40);
            stages.get(1).setIterations(20);
        }
        study.getParameterSets().get(0).setCount(3);
        study.getParameterSets().get(1).setCount(2);
        ReferenceSolution exact = ReferenceSolutions.byName("convection");
        double[][] points = new double[30][];
        StringBuilder csv = new StringBuilder("beta,x,t,u\n");
        for (double beta : new double[] {3, 5}) {
            for (int i = 0; i < points.length; i++) {
                points[i] = new double[] {0.2 * i, i / 29.0};
                csv.append(beta).append(',').append(points[i][0]).append(',').append(points[i][1]).append(',')
                        .append(exact.evaluate(new double[] {beta}, new double[][] {points[i]})[0][0]).append('\n');
            }
        }
        Files.writeString(folder.resolve("measured.csv"), csv);
        study.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        study.getFamily().getReference().setDataFile("measured.csv");
        StudyFiles.save(study, file);
        TrainingOutcome trained = new TrainingRun(study, file, TrainingOptions.defaults().withThreads(2), null)
                .run(null);
        ResultsWriter.store(study, file, trained.results());

        CompareStep compare = Flows.compare("against the data", "convection.hyperlora", Flows.HYPERLORA, "",
                "errors.csv", List.of());
        Workflow workflow = Flows.workflow("data", compare);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);
        assertTrue(result.succeeded(), result.toString());
        assertTrue(result.steps().get(0).messages().stream().anyMatch(m -> m.contains(
                "against the study's reference data measured.csv (2 parameter values, 60 points)")),
                result.steps().get(0).messages().toString());
        Flows.Csv errors = Flows.csv(folder.resolve("errors.csv"));
        assertEquals(2, errors.rows().size());
        Surrogate surrogate = SurrogateArtifacts.load(trained.surrogate());
        double[] flat = new double[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            flat[2 * i] = points[i][0];
            flat[2 * i + 1] = points[i][1];
        }
        for (int row = 0; row < 2; row++) {
            double[] beta = {row == 0 ? 3 : 5};
            assertEquals(beta[0], errors.value(row, "beta"));
            double expected = ErrorMetrics.compareAll(List.of("u"), surrogate.solve(beta, flat).fields(),
                    exact.evaluate(beta, points), List.of()).get(0).relativeL2();
            assertEquals(expected, errors.value(row, "relativeL2"), 1e-9 * expected);
            assertTrue(expected > 1e-4, "a tiny surrogate's real error: " + expected);
        }

        CompareStep elsewhere = Flows.compare("no data there", "convection.hyperlora", Flows.HYPERLORA, "",
                "elsewhere.csv", List.of(List.of(value("beta", 4))));
        Workflow refused = Flows.workflow("refused", elsewhere);
        Path refusedFile = Flows.save(refused, folder);
        String error = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(refused, refusedFile, null, null)).getMessage();
        assertTrue(error.contains("has no rows at beta = 4; its parameter values are [beta = 3, beta = 5]"), error);
    }
}
