package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.ui.editor.ProblemMarkers;
import org.hyperlora.ui.workflow.NewWorkflowWizard;
import org.hyperlora.ui.workflow.WorkflowEditor;
import org.hyperlora.ui.workflow.WorkflowLaunchDelegate;
import org.hyperlora.ui.workflow.WorkflowLaunchShortcut;
import org.hyperlora.ui.workflow.WorkflowOutputsView;
import org.hyperlora.ui.workflow.WorkflowProbes;
import org.hyperlora.workflow.CalibrateStep;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.io.WorkflowTemplates;
import org.hyperlora.workflow.run.WorkflowJob;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow editor, File > New > HyperLoRA Workflow, and Run As > HyperLoRA Workflow with its outputs. */
class WorkflowEditorTest {

    private IProject project;

    @AfterEach
    void cleanUp() throws Exception {
        Job.getJobManager().cancel(WorkflowJob.FAMILY);
        waitFor("the workflow runs to stop", 60_000, () -> Job.getJobManager().find(WorkflowJob.FAMILY).length == 0);
        page().closeAllEditors(false);
        var manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(
                WorkflowLaunchDelegate.TYPE_ID))) {
            configuration.delete();
        }
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    private IFile copy(String example, String path) throws Exception {
        if (project == null) {
            project = ResourcesPlugin.getWorkspace().getRoot().getProject("workflows");
            project.create(null);
            project.open(null);
        }
        IFile file = project.getFile(path);
        if (file.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
            folder.create(true, true, null);
        }
        try (InputStream content = Files.newInputStream(example(example))) {
            file.create(content, true, null);
        }
        return file;
    }

    private static IMarker[] markers(IFile file) throws Exception {
        Job.getJobManager().join(ProblemMarkers.FAMILY, null);
        return file.findMarkers(WorkflowEditor.MARKER, false, IResource.DEPTH_ZERO);
    }

    @Test
    void editsAWorkflowAsBlocksWithTypedFieldsUndoMarkersAndSave() throws Exception {
        copy("kovasznay.hyperlora", "kovasznay.hyperlora");
        copy("data/kovasznay-measured.csv", "data/kovasznay-measured.csv");
        IFile file = copy("kovasznay-design.hlflow", "kovasznay-design.hlflow");
        WorkflowEditor editor = assertInstanceOf(WorkflowEditor.class, IDE.openEditor(page(), file));
        pump();
        assertEquals(List.of("Calibrate|calibrate Re|0|0", "Uncertainty|uncertain Re|0|0",
                "Optimize|largest v at the probe|0|0"), WorkflowProbes.blocks(editor));
        List<String> palette = WorkflowProbes.palette(editor);
        for (String kind : List.of("Train", "Solve", "Sweep", "Compare", "Calibrate", "Optimize", "Uncertainty",
                "Export")) {
            assertTrue(palette.stream().anyMatch(item -> item.startsWith(kind)), kind + " in " + palette);
        }
        assertEquals(0, markers(file).length, "the example is valid");

        // a number is checked as typed: refused text stays red with its reason and changes nothing
        WorkflowProbes.click(editor, 0);
        pump();
        assertEquals(0, WorkflowProbes.selected(editor));
        assertEquals("0.01", ((Text) WorkflowProbes.field(editor, "noise")).getText());
        WorkflowProbes.enter(editor, "noise", "abc");
        pump();
        assertEquals("'abc' is not a finite number", WorkflowProbes.problemUnder(editor, "noise"));
        CalibrateStep calibrate = (CalibrateStep) editor.workflow().getSteps().get(0);
        assertEquals(0.01, calibrate.getNoise());
        assertFalse(editor.isDirty());
        WorkflowProbes.enter(editor, "noise", "0.02");
        pump();
        assertEquals("", WorkflowProbes.problemUnder(editor, "noise"));
        assertEquals(0.02, calibrate.getNoise());
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(0.01, calibrate.getNoise());
        assertEquals("0.01", ((Text) WorkflowProbes.field(editor, "noise")).getText(), "the field follows the undo");
        editor.getEditingDomain().getCommandStack().redo();
        pump();
        assertEquals(0.02, calibrate.getNoise());

        // a step from the palette: after the selected one, on the same study; its missing settings are problems
        WorkflowProbes.addFromPalette(editor, "Sweep");
        pump();
        assertEquals(4, WorkflowProbes.blockCount(editor));
        assertEquals(1, WorkflowProbes.selected(editor));
        SweepStep sweep = (SweepStep) editor.workflow().getSteps().get(1);
        assertEquals("kovasznay.hyperlora", sweep.getStudy());
        assertTrue(WorkflowProbes.blocks(editor).get(1).startsWith("Sweep|sweep|"));
        assertNotEquals("0", WorkflowProbes.blocks(editor).get(1).split("\\|")[2], "errors are counted on the block");
        IMarker[] markers = markers(file);
        assertTrue(markers.length >= 2, "markers for the new step's problems");
        assertTrue(java.util.Arrays.stream(markers).allMatch(m -> m.getAttribute(WorkflowEditor.STEP, 0) == 2));
        assertTrue(java.util.Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(
                "no quantities to tabulate")), "the runner's own message");
        WorkflowProbes.enter(editor, "parameter", "Re");
        WorkflowProbes.enter(editor, "from", "20");
        WorkflowProbes.enter(editor, "to", "100");
        WorkflowProbes.enter(editor, "count", "5");
        WorkflowProbes.enter(editor, "quantities", "maxAbs(u); v(y=0.75 x=1)");
        pump();
        assertEquals("maxAbs(u); v(x=1.0 y=0.75)", ((Text) WorkflowProbes.field(editor, "quantities")).getText());
        assertEquals("Sweep|sweep|0|0", WorkflowProbes.blocks(editor).get(1), "valid now");
        WorkflowProbes.enter(editor, "quantities", "median(u)");
        pump();
        assertTrue(WorkflowProbes.problemUnder(editor, "quantities").startsWith("quantity 'median(u)': unknown kind"),
                WorkflowProbes.problemUnder(editor, "quantities"));
        assertEquals(2, sweep.getQuantities().size(), "kept");

        // a Train step moved to the top: every later step on its study is linked to it
        WorkflowProbes.click(editor, 0);
        WorkflowProbes.addFromPalette(editor, "Train");
        editor.moveSelected(-1);
        pump();
        assertEquals(0, WorkflowProbes.selected(editor));
        assertEquals(List.of("0->1:kovasznay.hyperlora (trained)", "0->2:kovasznay.hyperlora (trained)",
                "0->3:kovasznay.hyperlora (trained)", "0->4:kovasznay.hyperlora (trained)"),
                WorkflowProbes.links(editor));
        var editorReference = page().getReference(editor);
        page().setPartState(editorReference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        UiTests.screenshot("workflow-editor");
        page().setPartState(editorReference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        // a duplicate writes what the original writes: the runner's check says so; removed, it is fine again
        WorkflowProbes.click(editor, 2);
        editor.duplicateSelected();
        pump();
        assertEquals(6, WorkflowProbes.blockCount(editor));
        assertTrue(editor.validation().problems().stream().anyMatch(p -> p.step() == 4 && p.message().contains(
                "is also written by step 3")), editor.validation().problems().toString());
        editor.removeSelected();
        pump();
        assertEquals(5, WorkflowProbes.blockCount(editor));
        assertTrue(editor.validation().problems().isEmpty(), editor.validation().problems().toString());

        // added at the end: selected, and a second one after it (not before)
        WorkflowProbes.click(editor, 4);
        WorkflowProbes.addFromPalette(editor, "Export");
        WorkflowProbes.addFromPalette(editor, "Solve");
        pump();
        assertEquals(6, WorkflowProbes.selected(editor));
        assertTrue(WorkflowProbes.blocks(editor).get(5).startsWith("Export|export|")
                && WorkflowProbes.blocks(editor).get(6).startsWith("Solve|solve|"), WorkflowProbes.blocks(editor)
                        .toString());
        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(5, WorkflowProbes.blockCount(editor));

        editor.doSave(null);
        pump();
        assertFalse(editor.isDirty());
        Workflow saved = WorkflowFiles.load(file.getLocation().toFile().toPath());
        assertEquals(5, saved.getSteps().size());
        assertEquals(2, ((SweepStep) saved.getSteps().get(2)).getQuantities().size());
        assertEquals(List.of(), new WorkflowRunner().validate(saved, file.getLocation().toFile().toPath()));
        assertEquals(0, markers(file).length);
    }

    @Test
    void theNewWorkflowWizardMakesAValidWorkflowFromEachTemplate(@TempDir Path folder) throws Exception {
        Files.copy(example("convection.hyperlora"), folder.resolve("convection.hyperlora"));
        for (WorkflowTemplates template : WorkflowTemplates.values()) {
            NewWorkflowWizard wizard = new NewWorkflowWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            var dialog = new org.eclipse.jface.wizard.WizardDialog(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                WorkflowProbes.choose(wizard, template, "missing.hyperlora", folder.toString(), "flow.hlflow");
                assertFalse(WorkflowProbes.pageComplete(wizard));
                assertEquals("The study missing.hyperlora does not exist.", WorkflowProbes.pageError(wizard));
                String name = template.name().toLowerCase() + ".hlflow";
                WorkflowProbes.choose(wizard, template, "convection.hyperlora", folder.toString(), name);
                assertTrue(WorkflowProbes.pageComplete(wizard), WorkflowProbes.pageError(wizard));
                assertTrue(wizard.performFinish());
                pump();
                WorkflowEditor editor = assertInstanceOf(WorkflowEditor.class, page().getActiveEditor());
                assertEquals(folder.resolve(name), editor.file());
                Workflow made = WorkflowFiles.load(folder.resolve(name));
                var problems = new WorkflowRunner().validate(made, folder.resolve(name));
                if (template == WorkflowTemplates.CALIBRATE) {
                    // the one thing the user must bring: the measurements
                    assertEquals(1, problems.size(), problems.toString());
                    assertTrue(problems.get(0).message().contains("measurements.csv"), problems.toString());
                } else {
                    assertEquals(List.of(), problems, template + ": " + problems);
                }
            } finally {
                dialog.close();
            }
        }
    }

    @Test
    void runAsWorkflowRunsItLogsToAConsoleAndShowsTheOutputsAsTableAndChart(@TempDir Path scratch) throws Exception {
        copy("convection.hyperlora", "convection.hyperlora");
        // optimize and propagate on the exact solution: a run of a few seconds that needs no training
        String flow = """
                <?xml version="1.0" encoding="UTF-8"?>
                <workflow:Workflow xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:workflow="http://www.hyperlora.org/workflow/1.0" name="design">
                  <steps xsi:type="workflow:SweepStep" name="sweep beta" study="convection.hyperlora" \
                solver="org.hyperlora.solver.exact" output="out/sweep.csv" parameter="beta" from="1.0" to="20.0" \
                count="20">
                    <resolution>9</resolution>
                    <quantities kind="probe" field="u"><point>2.0</point><point>0.1</point></quantities>
                    <quantities kind="mean" field="u"/>
                  </steps>
                  <steps xsi:type="workflow:OptimizeStep" name="largest u" study="convection.hyperlora" \
                solver="org.hyperlora.solver.exact" output="out/design.csv" goal="maximize">
                    <objective kind="probe" field="u"><point>2.0</point><point>0.1</point></objective>
                    <resolution>5</resolution>
                  </steps>
                  <steps xsi:type="workflow:UncertaintyStep" name="uncertain beta" study="convection.hyperlora" \
                solver="org.hyperlora.solver.exact" output="out/spread.csv" samples="256" vtkOutput="out/spread.vtk">
                    <parameters name="beta" distribution="normal:10:2"/>
                    <resolution>21</resolution>
                  </steps>
                </workflow:Workflow>
                """;
        IFile file = project.getFile("design.hlflow");
        file.create(new java.io.ByteArrayInputStream(flow.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
                null);
        Path path = file.getLocation().toFile().toPath();
        ILaunchConfiguration configuration = WorkflowLaunchShortcut.configurationFor(path);
        assertEquals(path.toString(), configuration.getAttribute(WorkflowLaunchDelegate.ATTR_WORKFLOW, ""));
        assertEquals(configuration, WorkflowLaunchShortcut.configurationFor(path), "found again, not made twice");

        var launches = DebugPlugin.getDefault().getLaunchManager();
        var before = java.util.Set.of(launches.getLaunches());
        new WorkflowLaunchShortcut().launch(new StructuredSelection(file), "run");
        // the debug plug-in removes terminated launches when a new one comes (its default): look for ours by name
        org.eclipse.debug.core.ILaunch[] ours = new org.eclipse.debug.core.ILaunch[1];
        waitFor("the launch and its process", 20_000, () -> {
            for (var candidate : launches.getLaunches()) {
                if (!before.contains(candidate) && configuration.equals(candidate.getLaunchConfiguration())
                        && candidate.getProcesses().length > 0) {
                    ours[0] = candidate;
                }
            }
            return ours[0] != null;
        });
        var launch = ours[0];
        waitFor("the workflow to finish", 120_000, launch::isTerminated);
        assertEquals(0, launch.getProcesses()[0].getExitValue());
        WorkflowOutputsView[] view = new WorkflowOutputsView[1];
        waitFor("the outputs view", 10_000, () -> {
            view[0] = (WorkflowOutputsView) page().findView(WorkflowOutputsView.ID);
            return view[0] != null && WorkflowProbes.outputCount(view[0]) == 4;
        });
        page().activate(view[0]);
        pump();
        assertEquals(List.of("beta", "u(x=2.0 t=0.1)", "mean(u)", "inside"), WorkflowProbes.shownHeader(view[0]),
                "the sweep opens first");
        assertEquals(20, WorkflowProbes.shownRows(view[0]));
        assertEquals(Math.sin(2 - 0.1 * 20), WorkflowProbes.shownNumber(view[0], 19, 1), 1e-12);
        waitFor("the chart", 5_000, () -> WorkflowProbes.hasChart(view[0]));
        var reference = page().getReference(view[0]);
        page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        UiTests.screenshot("workflow-run-outputs");
        page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        WorkflowProbes.openOutput(view[0], 3);
        pump();
        assertEquals(null, WorkflowProbes.shownHeader(view[0]), "the VTK file is shown by path and size");

        String log = null;
        for (IConsole console : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (console.getName().equals("HyperLoRA workflow design.hlflow")) {
                log = ((MessageConsole) console).getDocument().get();
            }
        }
        assertTrue(log != null && log.contains("step 2/3: largest u (Optimize)") && log.contains(
                "Workflow finished: 4 files written"), String.valueOf(log));
    }
}
