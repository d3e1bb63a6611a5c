package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.quantity;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.ExportKind;
import org.hyperlora.workflow.ExportStep;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.io.WorkflowFileException;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .hlflow files: round trips, refusal of malformed and foreign files, and the example. */
class WorkflowFilesTest {

    @Test
    void savesEveryStepKindAndReadsItBackUnchanged(@TempDir Path folder) throws Exception {
        WorkflowFactory factory = WorkflowFactory.eINSTANCE;
        TrainStep train = factory.createTrainStep();
        train.setName("train");
        train.setStudy("convection.hyperlora");
        train.setProfile("quick");
        train.setResume(true);
        SolveStep solve = Flows.solve("solve", "convection.hyperlora", "", "u.csv", List.of(value("beta", 0)),
                axis("x", 0, 1, 3), axis("t", 4));
        solve.setVtkOutput("u.vtk");
        SweepStep sweep = Flows.sweep("sweep", "convection.hyperlora", EXACT, "beta", 1, 20, 5, "sweep.csv",
                quantity(QuantityKind.MAX_ABS, "u"), quantity(QuantityKind.PROBE, "u", 1, 0.5));
        sweep.setLogScale(true);
        sweep.getResolution().addAll(List.of(11, 21));
        CompareStep compare = Flows.compare("compare", "convection.hyperlora", "", EXACT, "errors.csv",
                List.of(List.of(value("beta", 2))), 31);
        ExportStep export = factory.createExportStep();
        export.setName("export");
        export.setStudy("convection.hyperlora");
        export.setWhat(ExportKind.METRICS);
        export.setTarget("metrics.csv");
        Workflow workflow = Flows.workflow("all kinds", train, solve, sweep, compare, export,
                Flows.contributed("mark", Flows.TESTS + ".marker", "file", "m.txt"));
        workflow.setDescription("every kind of step");
        Path file = folder.resolve("all.hlflow");
        WorkflowFiles.save(workflow, file);

        Workflow loaded = WorkflowFiles.load(file);
        assertTrue(EcoreUtil.equals(workflow, loaded), "read back unchanged");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("xsi:type=\"workflow:SweepStep\""), text);
        assertTrue(text.contains("<values name=\"beta\" value=\"0.0\"/>"), "values equal to the default are written: " + text);
        assertTrue(text.contains("<grid coordinate=\"t\" count=\"4\"/>"), "an axis over the whole range has no from/to: "
                + text);
        assertFalse(((SolveStep) loaded.getSteps().get(1)).getGrid().get(1).isSetFrom());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void refusesFilesThatAreNotWorkflowsNamingFileAndProblem(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("missing.hlflow");
        assertMessage(missing, missing + ": no such workflow file");

        Path notXml = folder.resolve("not-xml.hlflow");
        Files.writeString(notXml, "steps: [train, solve]\n", StandardCharsets.UTF_8);
        assertMessage(notXml, "not well-formed XML");

        Path study = folder.resolve("study.hlflow");
        Files.copy(Flows.example("convection.hyperlora"), study);
        // a study: refused whether or not the study model is registered where the file is read
        String message = assertMessage(study, "not a HyperLoRA workflow");
        assertTrue(message.contains("workflow:Workflow"), message);


        Path unknown = folder.resolve("unknown.hlflow");
        Files.writeString(unknown, """
                <?xml version="1.0" encoding="UTF-8"?>
                <workflow:Workflow xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:workflow="http://www.hyperlora.org/workflow/1.0" name="unknown">
                  <steps xsi:type="workflow:SolveStep" name="s" study="a.hyperlora" colour="red"/>
                </workflow:Workflow>
                """, StandardCharsets.UTF_8);
        message = assertMessage(unknown, "line 5");
        assertTrue(message.contains("colour"), message);

        Path wrongType = folder.resolve("wrong-type.hlflow");
        Files.writeString(wrongType, """
                <?xml version="1.0" encoding="UTF-8"?>
                <workflow:Workflow xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:workflow="http://www.hyperlora.org/workflow/1.0" name="unknown">
                  <steps xsi:type="workflow:DanceStep" name="s"/>
                </workflow:Workflow>
                """, StandardCharsets.UTF_8);
        assertTrue(assertMessage(wrongType, "line 5").contains("DanceStep"));
    }

    private static String assertMessage(Path file, String expected) {
        WorkflowFileException refused = assertThrows(WorkflowFileException.class, () -> WorkflowFiles.load(file));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.getFileName().toString()), "names the file: " + refused.getMessage());
        return refused.getMessage();
    }

    @Test
    void theKovasznayExampleLoadsAndValidatesWithoutProblems() throws Exception {
        Path file = Flows.example("kovasznay.hlflow");
        Workflow workflow = WorkflowFiles.load(file);
        assertEquals(List.of(), new WorkflowRunner().validate(workflow, file));
        assertEquals(List.of("TrainStep", "SweepStep", "CompareStep", "SolveStep"),
                workflow.getSteps().stream().map(s -> s.eClass().getName()).toList());
        TrainStep train = (TrainStep) workflow.getSteps().get(0);
        assertEquals(Flows.example("kovasznay.hyperlora"), file.resolveSibling(train.getStudy()));
        SweepStep sweep = (SweepStep) workflow.getSteps().get(1);
        assertEquals("Re", sweep.getParameter());
        CompareStep compare = (CompareStep) workflow.getSteps().get(2);
        assertEquals(EXACT, compare.getReference());
        assertTrue(compare.getPoints().isEmpty(), "compares at the study's test set");
    }

    @Test
    void theExamplesStepsAfterTrainingRunOnTheExactSolver(@TempDir Path folder) throws Exception {
        // no training here (the full example trains the surrogate): the later steps on the exact solution instead
        Flows.copyStudy("kovasznay", folder);
        Path file = folder.resolve("kovasznay.hlflow");
        Files.copy(Flows.example("kovasznay.hlflow"), file);
        Workflow workflow = WorkflowFiles.load(file);
        workflow.getSteps().remove(0);
        ((SweepStep) workflow.getSteps().get(0)).setSolver(EXACT);
        ((CompareStep) workflow.getSteps().get(1)).setSolver(EXACT);
        ((SolveStep) workflow.getSteps().get(2)).setSolver(EXACT);
        WorkflowResult result = new WorkflowRunner().run(workflow, file, null, null);

        Path out = folder.resolve("kovasznay-workflow");
        assertEquals(List.of(out.resolve("sweep-re.csv"), out.resolve("errors.csv"), out.resolve("re60.csv"),
                out.resolve("re60.vtk")), result.outputs());
        Flows.Csv sweep = Flows.csv(out.resolve("sweep-re.csv"));
        assertEquals(List.of("Re", "maxAbs(u)", "maxAbs(v)", "u(x=0.5 y=0.0)", "v(x=0.5 y=0.25)", "inside"), sweep.header());
        assertEquals(17, sweep.rows().size());
        for (int row = 0; row < 17; row++) {
            double re = 20 + 5 * row;
            double lambda = re / 2 - Math.sqrt(re * re / 4 + 4 * Math.PI * Math.PI);
            assertEquals(re, sweep.value(row, "Re"), 1e-12);
            assertEquals(1 - Math.exp(lambda * 0.5), sweep.value(row, "u(x=0.5 y=0.0)"), 1e-12);
            assertEquals(lambda / (2 * Math.PI) * Math.exp(lambda * 0.5), sweep.value(row, "v(x=0.5 y=0.25)"), 1e-12);
        }
        assertEquals(30, Flows.csv(out.resolve("errors.csv")).rows().size());
        assertEquals(76 * 101, Flows.csv(out.resolve("re60.csv")).rows().size());
    }
}
