package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.ui.editor.EditorProbes;
import org.hyperlora.ui.editor.OverviewPage;
import org.hyperlora.ui.editor.PdePage;
import org.hyperlora.ui.editor.StudyEditor;
import org.hyperlora.ui.wizards.WizardProbes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study editor in a running workbench, driven through SWT and JFace (no SWTBot on Maven Central). */
class StudyEditorTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void editAParameterRangeUndoRedoAndSave(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("burgers.hyperlora");
        Files.copy(example("burgers.hyperlora"), file);
        IEditorPart part = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(file.toUri()));
        assertTrue(part instanceof StudyEditor, "opened with " + part);
        StudyEditor editor = (StudyEditor) part;
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        pump();
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        pump();
        assertEquals("The study is valid.", overview.statusLabel().getText());
        screenshot("editor-overview");

        PdePage pde = (PdePage) editor.setActivePage(PdePage.ID);
        pump();
        Parameter nu = EditorProbes.parameterAt(pde, 0);
        assertEquals("nu", nu.getName());
        // edit the Upper cell as a user does: open the cell editor, type, press Enter
        EditorProbes.parameterViewer(pde).editElement(nu, 3);
        Control cell = EditorProbes.parameterViewer(pde).getTable().getDisplay().getFocusControl();
        assertTrue(cell instanceof Text, "the cell editor has the focus: " + cell);
        ((Text) cell).setText("0.05");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        pump();
        assertEquals(0.05, nu.getUpper());
        assertTrue(editor.isDirty());
        assertEquals("0.05", EditorProbes.parameterViewer(pde).getTable().getItem(0).getText(3));
        screenshot("editor-pde");

        // Edit > Undo, as the workbench's global handler runs it
        var undo = EditorProbes.undoAction(
                (org.hyperlora.ui.editor.StudyEditorContributor) editor.getEditorSite().getActionBarContributor());
        assertTrue(undo.isEnabled());
        assertTrue(undo.getText().startsWith("&Undo"), undo.getText());
        undo.run();
        pump();
        assertEquals(0.031830988618379068, nu.getUpper(), 1e-18);
        assertFalse(undo.isEnabled(), "nothing left to undo");
        assertFalse(editor.isDirty(), "undo back to the saved state");
        assertEquals("0.031831", EditorProbes.parameterViewer(pde).getTable().getItem(0).getText(3));
        editor.getEditingDomain().getCommandStack().redo();
        pump();
        editor.doSave(null);
        pump();
        assertFalse(editor.isDirty());
        String saved = Files.readString(file);
        String original = Files.readString(example("burgers.hyperlora"));
        assertEquals(original.replace("upper=\"0.03183098861837907\"", "upper=\"0.05\""), saved,
                "the saved file differs from the example in that one attribute only");
    }

    @Test
    void thePdePageShowsCoordinatesAndFieldsAndChecksAnEquationAsItIsTyped(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "burgers.hyperlora");
        PdePage pde = (PdePage) editor.setActivePage(PdePage.ID);
        pump();
        var coordinates = EditorProbes.coordinateViewer(pde).getTable();
        assertEquals(2, coordinates.getItemCount());
        assertEquals(List.of("x", "-1", "1", "false"), List.of(coordinates.getItem(0).getText(0),
                coordinates.getItem(0).getText(1), coordinates.getItem(0).getText(2), coordinates.getItem(0).getText(3)));
        assertEquals("true", coordinates.getItem(1).getText(3), "t is the time");
        assertEquals("u", EditorProbes.fieldViewer(pde).getTable().getItem(0).getText(0));

        var equation = editor.study().getFamily().getEquations().get(0);
        String residual = equation.getResidual();
        EditorProbes.equationViewer(pde).editElement(equation, 1);
        Control cell = EditorProbes.equationViewer(pde).getTable().getDisplay().getFocusControl();
        assertTrue(cell instanceof Text, "the residual's cell editor has the focus: " + cell);
        ((Text) cell).setText("u_t + u*u_x - mu*u_xx");
        pump();
        String typing = EditorProbes.equationCheckLabel(pde).getText();
        assertTrue(typing.startsWith("typing: ") && typing.contains("mu"), typing);
        ((Text) cell).setText("u_t + u*u_x - nu*u_xx + (");
        pump();
        assertTrue(EditorProbes.equationCheckLabel(pde).getText().contains("column"), EditorProbes.equationCheckLabel(pde).getText());
        ((Text) cell).setText("u_t + u*u_x - nu*u_xx");
        pump();
        assertFalse(EditorProbes.equationCheckLabel(pde).getText().contains("unknown"), EditorProbes.equationCheckLabel(pde).getText());
        EditorProbes.equationViewer(pde).cancelEditing();
        pump();
        assertEquals(residual, equation.getResidual(), "typing alone changes nothing");
        assertFalse(editor.isDirty());
    }

    @Test
    void aBadNumberIsRefusedWithAMessageAndChangesNothing(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "convection.hyperlora");
        PdePage pde = (PdePage) editor.setActivePage(PdePage.ID);
        pump();
        Parameter beta = EditorProbes.parameterAt(pde, 0);
        EditorProbes.parameterViewer(pde).editElement(beta, 2);
        Text cell = (Text) EditorProbes.parameterViewer(pde).getTable().getDisplay().getFocusControl();
        cell.setText("one");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        pump();
        assertEquals(1.0, beta.getLower());
        assertFalse(editor.isDirty());
        String message = pde.getManagedForm().getForm().getMessage();
        assertTrue(message != null && message.contains("'one' is not a number"), "form message: " + message);
    }

    @Test
    void aCellLeftAsShownKeepsTheExactValue(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "burgers.hyperlora");
        PdePage pde = (PdePage) editor.setActivePage(PdePage.ID);
        pump();
        Parameter nu = EditorProbes.parameterAt(pde, 0);
        double exact = nu.getLower(); // 0.01/pi, shown as 0.0031831
        EditorProbes.parameterViewer(pde).editElement(nu, 2);
        Text cell = (Text) EditorProbes.parameterViewer(pde).getTable().getDisplay().getFocusControl();
        assertEquals("0.0031831", cell.getText());
        cell.notifyListeners(SWT.DefaultSelection, new Event()); // Enter without typing
        pump();
        assertEquals(exact, nu.getLower(), 0.0, "the rounded text does not replace the exact value");
        assertFalse(editor.isDirty());
    }

    @Test
    void clickABoundaryFaceAndEditItsCondition(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "burgers.hyperlora");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        assertEquals(List.of("left", "right", "initial"),
                EditorProbes.drawnFaces(domain).stream().map(f -> f.name()).toList());
        var left = EditorProbes.drawnFaces(domain).get(0);
        var centre = EditorProbes.centreOf(domain, left);
        Event click = new Event();
        click.x = centre.x;
        click.y = centre.y;
        click.button = 1;
        EditorProbes.canvas(domain).notifyListeners(SWT.MouseDown, click);
        pump();
        assertEquals(left, EditorProbes.selectedFace(domain), "the click selects the face under the mouse");
        assertEquals("0", EditorProbes.expressionField(domain).getText(), "the panel shows its condition");
        Event miss = new Event();
        miss.x = centre.x + 200;
        miss.y = centre.y;
        assertEquals(null, EditorProbes.faceAt(domain, miss.x, miss.y), "inside the domain there is no face");

        EditorProbes.expressionField(domain).setText("0.1*t");
        EditorProbes.applyCondition(domain);
        pump();
        org.hyperlora.model.Condition onLeft = editor.study().getFamily().getConditions().stream()
                .filter(c -> "left".equals(c.getBoundary())).findFirst().orElseThrow();
        assertEquals("0.1*t", onLeft.getExpression());
        assertEquals(3, editor.study().getFamily().getConditions().size(), "changed in place, not added");
        assertTrue(editor.isDirty());
        screenshot("editor-domain");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("0", onLeft.getExpression(), "one undo takes the whole edit back");
        assertFalse(editor.isDirty());
    }

    @Test
    void methodSettingsAreEditedThroughCommandsAndBadValuesRefused(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "kovasznay.hyperlora");
        var method = (org.hyperlora.ui.editor.MethodPage) editor.setActivePage(org.hyperlora.ui.editor.MethodPage.ID);
        pump();
        var network = editor.study().getMethod().getNetwork();
        EditorProbes.edit(method, network, org.hyperlora.model.HyperloraPackage.Literals.NETWORK_SETTINGS__HIDDEN_WIDTHS, "16, 16");
        pump();
        assertEquals(List.of(16, 16), network.getHiddenWidths());
        EditorProbes.edit(method, editor.study().getMethod().getLora(), org.hyperlora.model.HyperloraPackage.Literals.LORA_SETTINGS__RANK,
                "three");
        pump();
        assertEquals(8, editor.study().getMethod().getLora().getRank(), "a bad value changes nothing");
        assertTrue(String.valueOf(method.getManagedForm().getForm().getMessage()).contains("'three' is not a whole number"),
                String.valueOf(method.getManagedForm().getForm().getMessage()));
        screenshot("editor-method");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(List.of(48, 48, 48), network.getHiddenWidths());

        // the optimizer stages of the base PINN: add one (a copy of the last), edit it in place, refuse a bad number
        var training = editor.study().getMethod().getTraining();
        int stages = training.getBaseStages().size();
        assertEquals(stages, EditorProbes.baseStageViewer(method).getTable().getItemCount());
        EditorProbes.addBaseStage(method);
        pump();
        assertEquals(stages + 1, training.getBaseStages().size());
        assertEquals(stages + 1, EditorProbes.baseStageViewer(method).getTable().getItemCount(), "the table shows the new stage");
        var added = training.getBaseStages().get(stages);
        assertEquals(training.getBaseStages().get(stages - 1).getOptimizer(), added.getOptimizer());
        EditorProbes.editBaseStage(method, added, org.hyperlora.model.HyperloraPackage.Literals.OPTIMIZER_STAGE__ITERATIONS, "250");
        pump();
        assertEquals(250, added.getIterations());
        assertEquals("250", EditorProbes.baseStageViewer(method).getTable().getItem(stages).getText(1));
        EditorProbes.editBaseStage(method, added, org.hyperlora.model.HyperloraPackage.Literals.OPTIMIZER_STAGE__LEARNING_RATE, "fast");
        pump();
        var messages = java.util.Arrays.stream(method.getManagedForm().getForm().getForm().getChildrenMessages())
                .map(org.eclipse.ui.forms.IMessage::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("'fast' is not a number")), messages.toString());
        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(stages, training.getBaseStages().size(), "two undos: the edit, then the added stage");
        assertEquals(stages, EditorProbes.baseStageViewer(method).getTable().getItemCount());
    }

    @Test
    void trainFromTheEditorAndSeeTheResults(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "convection.hyperlora");
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        pump();
        org.hyperlora.runner.TrainingJob job = overview.train(TrainingProfile.QUICK);
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 180_000;
        while (job.getResult() == null && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        pump();
        assertEquals(org.eclipse.core.runtime.IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(editor.study().getResults() != null, "the results came back into the editor's model");
        assertTrue(editor.isDirty(), "as an unsaved, undoable change");
        var results = (org.hyperlora.ui.editor.ResultsPage) editor.setActivePage(org.hyperlora.ui.editor.ResultsPage.ID);
        pump();
        assertTrue(EditorProbes.metricViewer(results).getTable().getItemCount() > 8,
                "metrics shown: " + EditorProbes.metricViewer(results).getTable().getItemCount());
        assertTrue(EditorProbes.chartLabel(results).getImage() != null, "the loss curves are drawn");
        screenshot("editor-results");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(null, editor.study().getResults());
        assertEquals(0, EditorProbes.metricViewer(results).getTable().getItemCount());
    }

    @Test
    void theNewStudyWizardCreatesAStudyFromATemplateOrBlankAndOpensIt(@TempDir Path folder) throws Exception {
        var wizard = new org.hyperlora.ui.wizards.NewStudyWizard();
        wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        var dialog = new org.eclipse.jface.wizard.WizardDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            WizardProbes.choose(wizard, "Kovasznay", folder.toString(), "flow.hyperlora");
            assertTrue(WizardProbes.page(wizard).isPageComplete());
            assertTrue(wizard.performFinish());
            pump();
            assertEquals(Files.readString(example("kovasznay.hyperlora")), Files.readString(folder.resolve("flow.hyperlora")),
                    "the template is the example");
            assertTrue(page().getActiveEditor() instanceof StudyEditor, "and it is open");

            WizardProbes.choose(wizard, "Kovasznay", folder.toString(), "flow.hyperlora");
            assertFalse(WizardProbes.page(wizard).isPageComplete(), "an existing file is not overwritten");
            assertTrue(WizardProbes.page(wizard).getErrorMessage().contains("exists already"), WizardProbes.page(wizard).getErrorMessage());
            WizardProbes.choose(wizard, "blank", folder.toString(), "mine.txt");
            assertTrue(WizardProbes.page(wizard).getErrorMessage().contains(".hyperlora"), WizardProbes.page(wizard).getErrorMessage());

            WizardProbes.choose(wizard, "blank", folder.toString(), "heat.hyperlora");
            assertTrue(wizard.performFinish());
            pump();
            org.hyperlora.model.Study blank = org.hyperlora.model.io.StudyFiles.load(folder.resolve("heat.hyperlora"));
            assertEquals(org.eclipse.emf.common.util.Diagnostic.OK,
                    org.hyperlora.model.io.StudyFiles.validate(blank).getSeverity(),
                    () -> org.hyperlora.model.io.StudyFiles.format(org.hyperlora.model.io.StudyFiles.validate(blank)));
            assertEquals("u_t - k*u_xx", blank.getFamily().getEquations().get(0).getResidual());
        } finally {
            dialog.close();
        }
    }
}
