package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.quantity;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowException;
import org.hyperlora.workflow.run.WorkflowProblem;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workflow never destroys what it reads, writes only into its own folder unless it says otherwise, and refuses
 * values and points its studies are not defined for: each case is a validation error, and nothing is written.
 */
class WorkflowSafetyTest {

    private static SolveStep solveConvection(String name, String output) {
        return Flows.solve(name, "convection.hyperlora", EXACT, output, List.of(value("beta", 3)), axis("x", 5),
                axis("t", 3));
    }

    /** Validates, then checks the run is refused with the same problems and the given files are unchanged. */
    private static List<WorkflowProblem> refused(Workflow workflow, Path folder, Path... unchanged) throws Exception {
        Path file = Flows.save(workflow, folder);
        byte[][] before = new byte[unchanged.length][];
        for (int i = 0; i < unchanged.length; i++) {
            before[i] = Files.readAllBytes(unchanged[i]);
        }
        List<WorkflowProblem> problems = new WorkflowRunner().validate(workflow, file);
        WorkflowException refusal = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(workflow, file, null, null));
        assertEquals(problems, refusal.problems());
        for (int i = 0; i < unchanged.length; i++) {
            assertArrayEquals(before[i], Files.readAllBytes(unchanged[i]), unchanged[i] + " is as it was");
        }
        return problems;
    }

    private static void assertError(List<WorkflowProblem> problems, int step, String... fragments) {
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.step() == step
                && List.of(fragments).stream().allMatch(p.message()::contains)),
                "an error of step " + step + " with " + List.of(fragments) + " in " + problems);
    }

    @Test
    void anOutputThatIsAnInputOrAnotherStepsOutputIsRefused(@TempDir Path folder) throws Exception {
        Path study = Flows.copyStudy("convection", folder);
        Files.writeString(folder.resolve("points.csv"), "x,t\n1,0.5\n");
        SolveStep overStudy = solveConvection("over the study", "convection.hyperlora");
        SolveStep first = solveConvection("first", "u.csv");
        SolveStep second = solveConvection("second", "out/../u.csv");
        SolveStep overPoints = Flows.solve("over its points", "convection.hyperlora", EXACT, "points.csv",
                List.of(value("beta", 3)));
        overPoints.setPointsFile("points.csv");
        SolveStep overWorkflow = solveConvection("over the workflow", "unsafe.hlflow");
        Workflow workflow = Flows.workflow("unsafe", overStudy, first, second, overPoints, overWorkflow);

        List<WorkflowProblem> problems = refused(workflow, folder, study, folder.resolve("points.csv"));
        assertError(problems, 1, "output " + study, "is read by this workflow; it would be overwritten");
        assertError(problems, 3, "output " + folder.resolve("u.csv"), "is also written by step 2; one would"
                + " overwrite the other");
        assertError(problems, 4, "output " + folder.resolve("points.csv"), "is read by this workflow");
        assertError(problems, 5, "(the workflow file)");
        assertTrue(problems.stream().noneMatch(p -> p.step() == 2), "the first writer is fine: " + problems);
        assertFalse(Files.exists(folder.resolve("u.csv")), "nothing ran");
    }

    @Test
    void theTrainedSurrogateOfAStudyIsAnInputToo(@TempDir Path folder) throws Exception {
        Path study = Flows.copyStudy("convection", folder);
        Files.writeString(study, Files.readString(study).replace("</hyperlora:Study>",
                "  <results><artifacts kind=\"surrogate\" path=\"trained/surrogate.hlora\"/></results>\n"
                        + "</hyperlora:Study>"));
        Files.createDirectories(folder.resolve("trained"));
        Files.writeString(folder.resolve("trained/surrogate.hlora"), "stands for a trained surrogate");
        Workflow workflow = Flows.workflow("over the surrogate", solveConvection("over it", "trained/surrogate.hlora"));
        List<WorkflowProblem> problems = refused(workflow, folder, folder.resolve("trained/surrogate.hlora"));
        assertError(problems, 1, "trained/surrogate.hlora", "is read by this workflow");
    }

    @Test
    void outputsStayInTheWorkflowsFolderUnlessItAllowsOthers(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("flows"));
        Flows.copyStudy("convection", folder);
        Path absolute = root.resolve("elsewhere/u.csv");
        Workflow workflow = Flows.workflow("outside", solveConvection("up", "../../x.csv"),
                solveConvection("absolute", absolute.toString()), solveConvection("inside", "results/u.csv"));
        List<WorkflowProblem> problems = refused(workflow, folder);
        assertError(problems, 1, "output " + root.getParent().resolve("x.csv"), "lies outside the workflow's folder "
                + folder, "allowOutsideOutputs=\"true\"");
        assertError(problems, 2, "output " + absolute, "lies outside the workflow's folder");
        assertTrue(problems.stream().noneMatch(p -> p.step() == 3), problems.toString());
        assertFalse(Files.exists(root.getParent().resolve("x.csv")));

        // said explicitly in the workflow file: allowed
        workflow.getSteps().remove(0);
        workflow.setAllowOutsideOutputs(true);
        Path file = Flows.save(workflow, folder);
        assertTrue(Files.readString(file).contains("allowOutsideOutputs=\"true\""), "the file says so");
        WorkflowResult result = new WorkflowRunner().run(workflow, file, null, null);
        assertTrue(result.succeeded(), result.toString());
        assertTrue(Files.isRegularFile(absolute));
    }

    @Test
    void valuesOutsideTheFamilysValidityAndPointsOutsideTheDomainAreRefused(@TempDir Path folder) throws Exception {
        Flows.copyStudy("burgers", folder);
        Files.writeString(folder.resolve("far.csv"), "x,t\n0.5,0.5\n5,0.5\n");
        SolveStep negative = Flows.solve("negative viscosity", "burgers.hyperlora", EXACT, "a.csv",
                List.of(value("nu", -0.01)), axis("x", 3), axis("t", 3));
        SolveStep zero = Flows.solve("zero viscosity", "burgers.hyperlora", EXACT, "b.csv", List.of(value("nu", 0)),
                axis("x", 3), axis("t", 3));
        var sweep = Flows.sweep("down to zero", "burgers.hyperlora", EXACT, "nu", 0.01, 0, 3, "c.csv",
                quantity(QuantityKind.MAX_ABS, "u"));
        SolveStep backwards = Flows.solve("before the start", "burgers.hyperlora", EXACT, "d.csv",
                List.of(value("nu", 0.01)), axis("x", 3), axis("t", -1, 1, 3));
        Workflow workflow = Flows.workflow("ill-posed", negative, zero, sweep, backwards);
        List<WorkflowProblem> problems = refused(workflow, folder);
        assertError(problems, 1, "values: nu = -0.01: the family is defined only for nu > 0");
        assertError(problems, 2, "values: nu = 0.0: the family is defined only for nu > 0");
        assertError(problems, 3, "sweep: nu = 0.0: the family is defined only for nu > 0");
        assertError(problems, 4, "grid axis 't' runs from -1.0 to 1.0, beyond the study's domain [0.0, 1.0]");

        SolveStep far = Flows.solve("far points", "burgers.hyperlora", EXACT, "e.csv", List.of(value("nu", 0.01)));
        far.setPointsFile("far.csv");
        Workflow points = Flows.workflow("far", far);
        Path pointsFile = Flows.save(points, folder);
        WorkflowException failed = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(points, pointsFile, null, null));
        assertEquals(1, failed.step());
        assertTrue(failed.getMessage().contains("point 2: x = 5.0 is outside [-1.0, 1.0], beyond the study's domain"),
                failed.getMessage());
        assertFalse(Files.exists(folder.resolve("e.csv")), "nothing written");
    }
}
