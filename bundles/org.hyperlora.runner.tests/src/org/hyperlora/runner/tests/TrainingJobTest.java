package org.hyperlora.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hyperlora.model.Results;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.RunEvents;
import org.hyperlora.runner.StudyRule;
import org.hyperlora.runner.TrainingJob;
import org.hyperlora.runner.TrainingLaunchDelegate;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Jobs, scheduling rules, undoable results, the launch configuration type and the published events. */
class TrainingJobTest {

    @Test
    void resultsGoThroughTheCommandStackAndUndo(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Study study = StudyFiles.load(file, domain.getResourceSet());
        TrainingJob job = new TrainingJob(study, new TrainingRun(study, file, TrainingOptions.defaults(), null), domain,
                null);
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Results results = study.getResults();
        assertNotNull(results);
        assertSame(job.outcome().results(), results);
        assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded(), "the editor would show dirty");
        Command last = domain.getCommandStack().getMostRecentCommand();
        assertNotNull(last);
        domain.getCommandStack().undo();
        assertNull(study.getResults(), "undo takes the results back out");
        domain.getCommandStack().redo();
        assertSame(results, study.getResults());
        assertNull(StudyFiles.load(file).getResults(), "with an editing domain the file is left to the editor's save");
    }

    @Test
    void twoJobsOnOneStudyRunOneAfterTheOther(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        assertTrue(new StudyRule(file).isConflicting(new StudyRule(folder.resolve(".").resolve(file.getFileName()))));
        assertFalse(new StudyRule(file).isConflicting(new StudyRule(folder.resolve("other.hyperlora"))));
        List<String> events = new CopyOnWriteArrayList<>();
        Study first = StudyFiles.load(file);
        Study second = StudyFiles.load(file);
        TrainingJob one = new TrainingJob(first, new TrainingRun(first, file, TrainingOptions.defaults(), null), null, null)
                .onFinished(o -> events.add("one finished"));
        TrainingJob two = new TrainingJob(second, new TrainingRun(second, file, TrainingOptions.defaults(),
                new org.hyperlora.runner.RunListener() {
                    @Override
                    public void onStage(int stage, int stages, String name, String description) {
                        if (stage == 1) {
                            events.add("two started");
                        }
                    }
                }), null, null);
        one.schedule();
        two.schedule();
        Job.getJobManager().join(TrainingJob.FAMILY, new NullProgressMonitor());
        assertEquals(IStatus.OK, one.getResult().getSeverity(), one.getResult().getMessage());
        assertEquals(IStatus.OK, two.getResult().getSeverity(), two.getResult().getMessage());
        assertEquals(List.of("one finished", "two started"), events, "the rule kept them apart");
        assertNotNull(StudyFiles.load(file).getResults(), "headless jobs save the results into the file");
    }

    @Test
    void theLaunchConfigurationTypeTrainsTheStudyAndEventsArePublished(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        List<String> topics = new CopyOnWriteArrayList<>();
        var context = FrameworkUtil.getBundle(TrainingJobTest.class).getBundleContext();
        var registration = context.registerService(EventHandler.class, event -> topics.add(event.getTopic()),
                new java.util.Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, RunEvents.TOPIC_ROOT + "*")));
        try {
            ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
            ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunchDelegate.TYPE_ID);
            assertNotNull(type, "the HyperLoRA Training launch configuration type is registered");
            assertEquals("HyperLoRA Training", type.getName());
            ILaunchConfigurationWorkingCopy configuration = type.newInstance(null, "train tiny convection");
            configuration.setAttribute(TrainingLaunchDelegate.ATTR_STUDY, file.toString());
            configuration.setAttribute(TrainingLaunchDelegate.ATTR_PROFILE, TrainingProfile.STUDY.literal());
            configuration.setAttribute(TrainingLaunchDelegate.ATTR_THREADS, 2);
            configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            Job.getJobManager().join(TrainingJob.FAMILY, new NullProgressMonitor());
            Results results = StudyFiles.load(file).getResults();
            assertNotNull(results, "the launched training stored its results");
            assertTrue(results.getArtifacts().stream().anyMatch(a -> a.getKind().equals("surrogate")));
            long deadline = System.currentTimeMillis() + 5000;
            while (!topics.contains(RunEvents.TOPIC_METRIC) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(topics.contains(RunEvents.TOPIC_STAGE), "stage events: " + topics.size());
            assertTrue(topics.contains(RunEvents.TOPIC_PROGRESS));
            assertTrue(topics.contains(RunEvents.TOPIC_METRIC));
            assertTrue(topics.contains(RunEvents.TOPIC_LOSSES), "per-term loss events for live curves");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aLaunchConfigurationWithoutAStudyFailsWithTheReason() throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy configuration = manager
                .getLaunchConfigurationType(TrainingLaunchDelegate.TYPE_ID).newInstance(null, "no study");
        var failure = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.CoreException.class,
                () -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(failure.getMessage().contains("names no study file"), failure.getMessage());
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_STUDY, "/nowhere/missing.hyperlora");
        failure = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.CoreException.class,
                () -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(failure.getMessage().contains("no such study file"), failure.getMessage());
    }

    @Test
    void resultsCanBeStoredHeadless(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        var outcome = new TrainingRun(study, file, TrainingOptions.defaults(), null).run(null);
        ResultsWriter.store(study, file, outcome.results());
        assertEquals(outcome.results().getMetrics().size(), StudyFiles.load(file).getResults().getMetrics().size());
    }
}
