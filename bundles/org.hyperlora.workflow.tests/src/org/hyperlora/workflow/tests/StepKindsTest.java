package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.TESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.run.StepKind;
import org.hyperlora.workflow.run.StepKinds;
import org.hyperlora.workflow.run.WorkflowProblem;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step-kind registry against the real extension registry: built-in kinds are contributions like any other,
 * executors are created on first use, broken contributions are logged with their contributor and skipped. Ordered:
 * the first test checks that nothing was created yet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StepKindsTest {

    private static final String BUILT_IN = "org.hyperlora.workflow";

    private final StepKinds kinds = StepKinds.registry();

    @Test
    @Order(1)
    void listsTheBuiltInAndContributedKindsWithoutCreatingThem() {
        List<String> ids = kinds.kinds().stream().map(StepKind::id).toList();
        assertEquals(List.of(BUILT_IN + ".calibrate", BUILT_IN + ".compare", BUILT_IN + ".export",
                BUILT_IN + ".optimize", BUILT_IN + ".solve", BUILT_IN + ".sweep",
                TESTS + ".counting", TESTS + ".failing", TESTS + ".marker", TESTS + ".missingClass",
                TESTS + ".notAnExecutor", TESTS + ".throwingConstructor", BUILT_IN + ".train",
                BUILT_IN + ".uncertainty"), ids, "sorted by id");
        StepKind sweep = kinds.kind(BUILT_IN + ".sweep").orElseThrow();
        assertEquals(BUILT_IN, sweep.contributor());
        assertEquals("Sweep", sweep.name());
        assertEquals("http://www.hyperlora.org/workflow/1.0#SweepStep", sweep.modelClass());
        StepKind marker = kinds.kind(TESTS + ".marker").orElseThrow();
        assertEquals(TESTS, marker.contributor());
        assertEquals(null, marker.modelClass());
        assertEquals(List.of(new StepKind.PropertySpec("file", true, "the marker file, relative to the workflow file"),
                new StepKind.PropertySpec("text", false, "what the file holds (default: the step's name)")),
                marker.properties());
        assertEquals(0, CountingStep.CONSTRUCTED.get(), "listing must not create executors");
        assertFalse(kinds.isCreated(TESTS + ".counting"));
    }

    @Test
    @Order(2)
    void createsAnExecutorOnFirstUseOnlyAndOnce(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("counting", Flows.contributed("one", TESTS + ".counting"),
                Flows.contributed("two", TESTS + ".counting"));
        Path file = Flows.save(workflow, folder);
        new WorkflowRunner().run(workflow, file, null, null);
        new WorkflowRunner().run(workflow, file, null, null);
        assertEquals(1, CountingStep.CONSTRUCTED.get());
        assertEquals(4, CountingStep.RUNS.get());
        assertTrue(kinds.isCreated(TESTS + ".counting"));
    }

    @Test
    void findsTheKindOfEachStepByModelClassOrContributedKind() {
        WorkflowFactory factory = WorkflowFactory.eINSTANCE;
        List<Step> steps = List.of(factory.createTrainStep(), factory.createSolveStep(), factory.createSweepStep(),
                factory.createCompareStep(), factory.createExportStep(), factory.createCalibrateStep(),
                factory.createOptimizeStep(), factory.createUncertaintyStep(),
                Flows.contributed("m", TESTS + ".marker"), Flows.contributed("x", "org.example.unknown"));
        List<String> found = steps.stream().map(s -> kinds.kindOf(s).map(StepKind::id).orElse("none")).toList();
        assertEquals(List.of(BUILT_IN + ".train", BUILT_IN + ".solve", BUILT_IN + ".sweep", BUILT_IN + ".compare",
                BUILT_IN + ".export", BUILT_IN + ".calibrate", BUILT_IN + ".optimize", BUILT_IN + ".uncertainty",
                TESTS + ".marker", "none"), found);
    }

    @Test
    void logsBrokenContributionsWithTheirContributorAndSkipsThem(@TempDir Path folder) throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            Workflow workflow = Flows.workflow("broken", Flows.contributed("mark", TESTS + ".marker", "file", "mark.txt"),
                    Flows.contributed("missing", TESTS + ".missingClass"),
                    Flows.contributed("throwing", TESTS + ".throwingConstructor"),
                    Flows.contributed("not an executor", TESTS + ".notAnExecutor"));
            Path file = Flows.save(workflow, folder);
            List<WorkflowProblem> problems = new WorkflowRunner().validate(workflow, file);
            assertEquals(3, problems.size(), problems.toString());
            for (int step = 2; step <= 4; step++) {
                WorkflowRunnerTest.assertProblem(problems, step, "from bundle " + TESTS + " is broken (see the error log)"
                        + " and cannot run");
            }
            for (String id : List.of("missingClass", "throwingConstructor", "notAnExecutor")) {
                assertTrue(kinds.isBroken(TESTS + "." + id), id);
                List<IStatus> about = logged.stream().filter(s -> s.getMessage().contains("'" + TESTS + "." + id + "'"))
                        .toList();
                assertEquals(1, about.size(), id + " logged once: " + logged);
                assertEquals(IStatus.ERROR, about.get(0).getSeverity());
                assertTrue(about.get(0).getMessage().contains("contributed by bundle " + TESTS), about.get(0).getMessage());
            }
            assertTrue(messageOf(logged, "throwingConstructor").contains("deliberately broken constructor"));
            assertTrue(messageOf(logged, "missingClass").contains("NoSuchStep"));
            assertTrue(messageOf(logged, "notAnExecutor").contains("does not implement"));

            new WorkflowRunner().validate(workflow, file);
            assertEquals(3, logged.stream().filter(s -> s.getMessage().contains("'" + TESTS + ".")).count(),
                    "a broken contribution is logged once, not on every use");
            assertFalse(Files.exists(folder.resolve("mark.txt")), "a workflow with a broken step does not start");

            for (int broken = 0; broken < 3; broken++) {
                workflow.getSteps().remove(1);
            }
            new WorkflowRunner().run(workflow, file, null, null);
            assertTrue(Files.isRegularFile(folder.resolve("mark.txt")), "the other kinds keep working");
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    private static String messageOf(List<IStatus> logged, String id) {
        return logged.stream().filter(s -> s.getMessage().contains(TESTS + "." + id)).findFirst().orElseThrow()
                .getMessage();
    }
}
