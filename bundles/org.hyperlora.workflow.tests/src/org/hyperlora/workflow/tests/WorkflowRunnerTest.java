package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.HYPERLORA;
import static org.hyperlora.workflow.tests.Flows.TESTS;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.quantity;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.run.StepKinds;
import org.hyperlora.workflow.run.StepOutcome;
import org.hyperlora.workflow.run.WorkflowException;
import org.hyperlora.workflow.run.WorkflowListener;
import org.hyperlora.workflow.run.WorkflowProblem;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Running workflows: contributed steps, failures that stop a workflow, validation before anything runs. */
class WorkflowRunnerTest {

    private static final String MARKER = TESTS + ".marker";

    @Test
    void runsAContributedStepAndTellsTheListener(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("marker", Flows.contributed("mark", MARKER, "file", "marks/one.txt", "text", "hello"));
        List<String> events = new CopyOnWriteArrayList<>();
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, new WorkflowListener() {
            @Override
            public void onStepStarted(int number, int count, String name, String kind) {
                events.add("start " + number + "/" + count + " " + name + " " + kind);
            }

            @Override
            public void onStepFinished(StepOutcome outcome) {
                events.add("end " + outcome.number() + " " + outcome.status());
            }

            @Override
            public void onMessage(int step, String message) {
                events.add("message " + step);
            }
        });
        assertEquals("hello", Files.readString(folder.resolve("marks/one.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of("start 1/1 mark Marker", "message 1", "end 1 SUCCEEDED"), events);
        StepOutcome outcome = result.steps().get(0);
        assertEquals(MARKER, outcome.kind());
        assertEquals(List.of(folder.resolve("marks/one.txt")), outcome.outputs());
    }

    @Test
    void aFailingStepStopsTheWorkflowNamingItAndKeepsWhatEarlierStepsWrote(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        SolveStep first = Flows.solve("exact first", "convection.hyperlora", EXACT, "first.csv", List.of(value("beta", 2)),
                axis("x", 5), axis("t", 3));
        // a fresh study has no trained surrogate: validation cannot know, solving finds out
        SolveStep needsSurrogate = Flows.solve("needs a surrogate", "convection.hyperlora", HYPERLORA, "second.csv",
                List.of(value("beta", 2)), axis("x", 5), axis("t", 3));
        SolveStep last = Flows.solve("never", "convection.hyperlora", EXACT, "last.csv", List.of(value("beta", 2)),
                axis("x", 5), axis("t", 3));
        Workflow workflow = Flows.workflow("stops", first, Flows.contributed("mark", MARKER, "file", "mark.txt"),
                needsSurrogate, last);
        Path file = Flows.save(workflow, folder);

        WorkflowException failure = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(workflow, file, null, null));
        assertEquals(3, failure.step());
        assertTrue(failure.getMessage().contains("stopped at step 3 'needs a surrogate' (Solve)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("train the study first"), failure.getMessage());
        assertTrue(failure.getMessage().contains("the files of steps 1-2 are kept; step 4 did not run"),
                failure.getMessage());
        assertTrue(Files.isRegularFile(folder.resolve("first.csv")));
        assertEquals("mark", Files.readString(folder.resolve("mark.txt"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(folder.resolve("second.csv")));
        assertFalse(Files.exists(folder.resolve("last.csv")));
        WorkflowResult result = failure.result();
        assertEquals(List.of(StepOutcome.Status.SUCCEEDED, StepOutcome.Status.SUCCEEDED, StepOutcome.Status.FAILED,
                StepOutcome.Status.NOT_RUN), result.steps().stream().map(StepOutcome::status).toList());
        assertEquals(List.of(folder.resolve("first.csv"), folder.resolve("mark.txt")), result.outputs());
        assertTrue(result.failure().orElseThrow().error().contains("no trained surrogate"));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void aContributedStepsFailureIsReportedWithItsOwnMessage(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("fails", Flows.contributed("mark", MARKER, "file", "mark.txt"),
                Flows.contributed("fail", TESTS + ".failing", "reason", "the disk is full"));
        WorkflowException failure = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null));
        assertTrue(failure.getMessage().endsWith("stopped at step 2 'fail' (Failing): the disk is full; the files of step 1"
                + " are kept"), failure.getMessage());
        assertTrue(Files.isRegularFile(folder.resolve("mark.txt")));
    }

    @Test
    void refusesAnInvalidWorkflowBeforeAnythingRunsNamingEachStep(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        WorkflowFactory factory = WorkflowFactory.eINSTANCE;
        TrainStep train = factory.createTrainStep();
        train.setName("train a missing study");
        train.setStudy("missing.hyperlora");
        SolveStep badSolve = Flows.solve("bad solve", "convection.hyperlora", EXACT, "bad.csv", List.of(value("Rey", 3)));
        SweepStep badSweep = Flows.sweep("bad sweep", "convection.hyperlora", EXACT, "beta", 1, 2, 0, "sweep.csv",
                quantity(QuantityKind.MAX_ABS, "w"));
        SolveStep emptyAxis = Flows.solve("empty axis", "convection.hyperlora", EXACT, "axis.csv",
                List.of(value("beta", 3)), axis("x", 0, 1, 0), axis("t", 3));
        SolveStep unknownSolver = Flows.solve("unknown solver", "convection.hyperlora", "org.example.fem", "fem.csv",
                List.of(value("beta", 3)), axis("x", 3), axis("t", 3));
        Workflow workflow = Flows.workflow("invalid", Flows.contributed("mark", MARKER, "file", "mark.txt"), train,
                badSolve, badSweep, Flows.contributed("mystery", "org.example.nothing"), emptyAxis, unknownSolver);
        Path file = Flows.save(workflow, folder);

        List<WorkflowProblem> problems = new WorkflowRunner().validate(workflow, file);
        assertProblem(problems, 2, "unknown study 'missing.hyperlora'");
        assertProblem(problems, 3, "values: unknown parameter 'Rey'; parameters of study 'convection': [beta]");
        assertProblem(problems, 3, "values: no value for parameter 'beta'");
        assertProblem(problems, 3, "empty grid: give one grid axis per coordinate [x, t] or a pointsFile");
        assertProblem(problems, 4, "count is 0; a sweep needs at least 1 value");
        assertProblem(problems, 4, "quantity 1: unknown field 'w'; fields of study 'convection': [u]");
        assertProblem(problems, 5, "unknown step kind 'org.example.nothing'");
        assertProblem(problems, 6, "grid axis 'x' has count 0; the count must be at least 1");
        assertProblem(problems, 7, "unknown solver 'org.example.fem' (attribute solver); known: [");
        assertTrue(problems.stream().noneMatch(p -> p.step() == 1), "the marker step is fine: " + problems);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> new WorkflowRunner().run(workflow, file, null, null));
        assertEquals(0, refused.step());
        assertEquals(problems, refused.problems());
        assertTrue(refused.getMessage().contains("cannot run; nothing was run"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ERROR step 3 'bad solve': values: unknown parameter 'Rey'"),
                refused.getMessage());
        assertFalse(Files.exists(folder.resolve("mark.txt")), "nothing runs when validation finds errors");
        assertTrue(refused.result().steps().stream().allMatch(s -> s.status() == StepOutcome.Status.NOT_RUN));
    }

    @Test
    void checksTheDeclaredPropertiesOfContributedSteps(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("properties", Flows.contributed("no file", MARKER, "colour", "red"));
        List<WorkflowProblem> problems = new WorkflowRunner().validate(workflow, folder.resolve("properties.hlflow"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("ERROR step 1 'no file': property 'file' is required by step kind '" + MARKER
                + "' (the marker file, relative to the workflow file)", problems.get(0).toString());
        assertEquals(WorkflowProblem.Severity.WARNING, problems.get(1).severity());
        assertTrue(problems.get(1).message().contains("declares no property 'colour'"), problems.get(1).message());
    }

    @Test
    void aCancelledMonitorRunsNothing(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("cancelled", Flows.contributed("mark", MARKER, "file", "mark.txt"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path file = Flows.save(workflow, folder);
        assertThrows(OperationCanceledException.class, () -> new WorkflowRunner().run(workflow, file, cancelled, null));
        assertFalse(Files.exists(folder.resolve("mark.txt")));
    }

    @Test
    void runsOverTheSolverServiceOfOsgi(@TempDir Path folder) throws Exception {
        var context = FrameworkUtil.getBundle(WorkflowRunnerTest.class).getBundleContext();
        ServiceTracker<SurrogateSolverService, SurrogateSolverService> tracker = new ServiceTracker<>(context,
                SurrogateSolverService.class, null);
        tracker.open();
        try {
            SurrogateSolvers.registry(); // loads a class of the lazily activated solver bundle: SCR starts its component
            SurrogateSolverService service = tracker.waitForService(10_000);
            assertNotNull(service, "no SurrogateSolverService registered (is Felix SCR running?)");
            Flows.copyStudy("convection", folder);
            Workflow workflow = Flows.workflow("service", Flows.solve("solve", "convection.hyperlora", EXACT, "u.csv",
                    List.of(value("beta", 5)), axis("x", 1, 2, 2), axis("t", 0.5, 0.5, 1)));
            new WorkflowRunner(StepKinds.registry(), service).run(workflow, Flows.save(workflow, folder), null, null);
            Flows.Csv csv = Flows.csv(folder.resolve("u.csv"));
            assertEquals(Math.sin(1 - 5 * 0.5), csv.value(0, "u"), 1e-12);
            assertEquals(Math.sin(2 - 5 * 0.5), csv.value(1, "u"), 1e-12);
        } finally {
            tracker.close();
        }
    }

    static void assertProblem(List<WorkflowProblem> problems, int step, String message) {
        assertTrue(problems.stream().anyMatch(p -> p.step() == step && p.isError() && p.message().contains(message)),
                "step " + step + " should report '" + message + "'; problems:\n" + problems.stream()
                        .map(WorkflowProblem::toString).reduce("", (a, b) -> a + b + "\n"));
    }
}
