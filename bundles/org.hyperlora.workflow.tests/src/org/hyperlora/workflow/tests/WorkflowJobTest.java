package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.TESTS;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.hyperlora.runner.StudyRule;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflows as Eclipse Jobs: the result or the failure as the job's status, and the study files' rules. */
class WorkflowJobTest {

    @Test
    void runsAsAJob(@TempDir Path folder) throws Exception {
        Path study = Flows.copyStudy("convection", folder);
        Workflow workflow = Flows.workflow("job", Flows.solve("solve", "convection.hyperlora", EXACT, "u.csv",
                List.of(value("beta", 1)), axis("x", 3), axis("t", 2)));
        Path file = Flows.save(workflow, folder);
        WorkflowJob job = new WorkflowJob(workflow, file);
        assertTrue(job.getRule().isConflicting(new StudyRule(study)), "never alongside a training of its study");
        assertTrue(job.getRule().isConflicting(new StudyRule(file)), "never alongside another run of the workflow");
        assertFalse(job.getRule().isConflicting(new StudyRule(folder.resolve("other.hyperlora"))));
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(job.belongsTo(WorkflowJob.FAMILY));
        assertEquals(List.of(folder.resolve("u.csv")), job.result().outputs());
        assertNull(job.failure());
    }

    @Test
    void aFailingJobSaysWhichStepFailedAndWhy(@TempDir Path folder) throws Exception {
        Workflow workflow = Flows.workflow("failing job", Flows.contributed("mark", TESTS + ".marker", "file", "m.txt"),
                Flows.contributed("fail", TESTS + ".failing", "reason", "out of paper"));
        WorkflowJob job = new WorkflowJob(workflow, Flows.save(workflow, folder));
        job.schedule();
        job.join();
        IStatus status = job.getResult();
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("stopped at step 2 'fail' (Failing): out of paper"), status.getMessage());
        assertEquals(2, job.failure().step());
        assertEquals(List.of(folder.resolve("m.txt")), job.result().outputs());
        assertTrue(Files.isRegularFile(folder.resolve("m.txt")));
        assertEquals(Job.NONE, job.getState());
    }
}
