package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.screenshot;
import static org.hyperlora.ui.tests.UiTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.Parameter;
import org.hyperlora.ui.editor.EditorProbes;
import org.hyperlora.ui.editor.MethodPage;
import org.hyperlora.ui.editor.ModelTreePage;
import org.hyperlora.ui.editor.PdePage;
import org.hyperlora.ui.editor.StudyEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The validator's problems as markers in the Problems view and as signs next to the fields. */
class ProblemMarkersTest {

    private static final String MARKER = "org.hyperlora.ui.problem";
    private IProject project;

    @AfterEach
    void cleanUp() throws CoreException {
        page().closeAllEditors(false);
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    private IFile workspaceCopy(String example) throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("studies");
        return UiTests.workspaceCopy(project, example);
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void problemsBecomeMarkersAndFieldSignsAndGoAwayOnUndo() throws Exception {
        IFile file = workspaceCopy("burgers.hyperlora");
        StudyEditor editor = (StudyEditor) IDE.openEditor(page(), file);
        pump();
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.hyperlora.ui.editor.ProblemMarkers.FAMILY, null);
        assertEquals(0, markers(file).length, "the example is valid");

        Parameter nu = editor.study().getFamily().getParameters().get(0);
        editor.set(nu, Literals.PARAMETER__LOWER, 1.0); // above the upper bound
        waitFor("an error marker", 10_000, () -> markers(file).length > 0);
        IMarker marker = Arrays.stream(markers(file)).filter(m -> m.getAttribute(IMarker.SEVERITY, -1)
                == IMarker.SEVERITY_ERROR).findFirst().orElseThrow();
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("nu"), "the message names the parameter: " + message);
        assertTrue(marker.getAttribute(IMarker.LOCATION, "").startsWith("parameter nu"),
                marker.getAttribute(IMarker.LOCATION, ""));

        PdePage pde = (PdePage) editor.setActivePage(PdePage.ID);
        pump();
        assertNotNull(EditorProbes.parameterViewer(pde).getTable().getItem(0).getImage(2), "a sign in the Lower cell of nu");

        page().showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTests.settle(1500);
        screenshot("problems-view");
        page().activate(editor);

        // opening the marker selects the parameter on the Model page
        IDE.gotoMarker(editor, marker);
        pump();
        ModelTreePage tree = (ModelTreePage) editor.getActivePageInstance();
        assertEquals(ModelTreePage.ID, tree.getId());
        assertEquals(nu, ((IStructuredSelection) EditorProbes.treeViewer(tree).getSelection()).getFirstElement());
        screenshot("editor-model");

        editor.getEditingDomain().getCommandStack().undo();
        waitFor("the markers to go", 10_000, () -> markers(file).length == 0);
        pump();
        editor.setActivePage(PdePage.ID);
        pump();
        assertNull(EditorProbes.parameterViewer(pde).getTable().getItem(0).getImage(2), "no sign once the range is valid again");

        // a LoRA rank not below the network's width: a sign next to the rank field of the Method page
        MethodPage method = (MethodPage) editor.setActivePage(MethodPage.ID);
        pump();
        ControlDecoration rank = decorationOf(method.getPartControl(), "rank");
        assertFalse(rank.isVisible());
        EditorProbes.edit(method, editor.study().getMethod().getLora(), Literals.LORA_SETTINGS__RANK, "500");
        waitFor("the rank's sign", 5_000, rank::isVisible);
        assertTrue(rank.getDescriptionText().contains("rank"), rank.getDescriptionText());
        screenshot("editor-method-problem");
        assertTrue(Arrays.stream(markers(file)).anyMatch(m -> m.getAttribute(IMarker.LOCATION, "").endsWith("rank")));

        // a data weight with a built-in reference: a sign next to the weight in the Reference and data section
        ControlDecoration dataWeight = decorationOf(method.getPartControl(), "dataWeight");
        assertFalse(dataWeight.isVisible());
        EditorProbes.edit(method, editor.study().getFamily().getReference(), Literals.REFERENCE__DATA_WEIGHT, "2");
        waitFor("the data weight's sign", 5_000, dataWeight::isVisible);
        assertTrue(dataWeight.getDescriptionText().contains("needs a data file"), dataWeight.getDescriptionText());
        assertEquals(2.0, editor.study().getFamily().getReference().getDataWeight());

        // periodic embedding is a check box; on Burgers (no periodic coordinate) it gets a warning sign saying why
        ControlDecoration embedding = decorationOf(method.getPartControl(), "periodicEmbedding");
        org.eclipse.swt.widgets.Button check = (org.eclipse.swt.widgets.Button) embedding.getControl();
        assertFalse(embedding.isVisible());
        check.setSelection(true);
        check.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(editor.study().getMethod().getNetwork().isPeriodicEmbedding());
        waitFor("the periodic embedding's sign", 5_000, embedding::isVisible);
        assertTrue(embedding.getDescriptionText().contains("no coordinate has a periodic condition on every field"),
                embedding.getDescriptionText());
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertFalse(editor.study().getMethod().getNetwork().isPeriodicEmbedding());
        assertFalse(check.getSelection(), "undo unticks the box");

        // choosing the parametric PINN greys out what it does not use (LoRA, the hypernetwork but its batch size, the
        // fit stages); undo brings them back
        org.eclipse.swt.widgets.Combo kind = (org.eclipse.swt.widgets.Combo) decorationOf(method.getPartControl(),
                "surrogateKind").getControl();
        Control loraRank = decorationOf(method.getPartControl(), "rank").getControl();
        Control batchSize = decorationOf(method.getPartControl(), "batchSize").getControl();
        Control physicsRounds = decorationOf(method.getPartControl(), "physicsRounds").getControl();
        assertEquals("hyperlora", kind.getText());
        assertTrue(loraRank.isEnabled() && physicsRounds.isEnabled() && batchSize.isEnabled());
        kind.setText("parametricPinn");
        kind.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        pump();
        assertEquals(org.hyperlora.model.SurrogateKind.PARAMETRIC_PINN,
                editor.study().getMethod().getSurrogateKind());
        assertFalse(loraRank.isEnabled(), "LoRA is not used by a parametric PINN");
        assertFalse(physicsRounds.isEnabled(), "nor are the hypernetwork's rounds");
        assertTrue(batchSize.isEnabled(), "the batch size is: the parametric PINN's batches");
        assertFalse(stagesTable(method.getPartControl(), "fitStages").isEnabled(), "nor are the fit stages");
        assertTrue(stagesTable(method.getPartControl(), "baseStages").isEnabled(), "the base stages are its plan");
        screenshot("editor-method-parametric");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("hyperlora", kind.getText());
        assertTrue(loraRank.isEnabled() && physicsRounds.isEnabled());
        assertTrue(stagesTable(method.getPartControl(), "fitStages").isEnabled());

        // the physics learning rate is Adam's: greyed while the physics stage is L-BFGS (this study's), live with Adam
        org.eclipse.swt.widgets.Combo physicsOptimizer = (org.eclipse.swt.widgets.Combo) decorationOf(
                method.getPartControl(), "physicsOptimizer").getControl();
        Control physicsRate = decorationOf(method.getPartControl(), "physicsLearningRate").getControl();
        assertEquals("lbfgs", physicsOptimizer.getText());
        assertFalse(physicsRate.isEnabled(), "L-BFGS does not use a learning rate");
        physicsOptimizer.setText("adam");
        physicsOptimizer.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        pump();
        assertTrue(physicsRate.isEnabled(), "Adam does");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertFalse(physicsRate.isEnabled(), "undo goes back to L-BFGS");

        // closing without saving: the markers go back to the file on disk (valid)
        page().closeEditor(editor, false);
        waitFor("the markers of the saved file", 10_000, () -> markers(file).length == 0);
    }

    private static Control stagesTable(Control control, String stages) {
        return find(control, c -> stages.equals(c.getData("hyperlora.stages")));
    }

    private static ControlDecoration decorationOf(Control control, String attribute) {
        Control found = find(control, c -> attribute.equals(c.getData("hyperlora.attribute")));
        return found == null ? null : (ControlDecoration) found.getData("hyperlora.decoration");
    }

    /** The first control below {@code control} (itself included, depth first) that matches, or null. */
    private static Control find(Control control, java.util.function.Predicate<Control> matches) {
        if (matches.test(control)) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
