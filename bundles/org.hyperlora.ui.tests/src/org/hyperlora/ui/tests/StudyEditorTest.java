package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    void partsHeldByAHardConstraintSayItInsteadOfLackingACondition(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "pipe-wall.hyperlora");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        assertTrue(editor.study().getFamily().getConditions().isEmpty(), "the example holds its values exactly");
        var rim = EditorProbes.centreOfPart(domain, "inner");
        Event click = new Event();
        click.x = rim.x;
        click.y = rim.y;
        click.button = 1;
        EditorProbes.canvas(domain).notifyListeners(SWT.MouseDown, click);
        pump();
        assertEquals("Part inner: T = (1 - x^2 - y^2)/(1 - R^2) (exact: hard constraint)",
                EditorProbes.selectedPartText(domain));
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        screenshot("editor-domain-hard-constraint");
        // without the constraint the rims have nothing: said so, in red
        org.hyperlora.model.HardConstraint constraint = editor.study().getFamily().getHardConstraints().get(0);
        constraint.getVanishesOn().clear();
        constraint.getVanishesOn().add("outer");
        pump();
        rim = EditorProbes.centreOfPart(domain, "inner"); // the maximized editor draws larger
        click.x = rim.x;
        click.y = rim.y;
        EditorProbes.canvas(domain).notifyListeners(SWT.MouseDown, click);
        pump();
        assertEquals("Part inner: no condition", EditorProbes.selectedPartText(domain));
    }

    @Test
    void aDomainOfSolidsIsDrawnObliquelyAndAClickOnAFaceSelectsItsSolid(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "sphere.hyperlora");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        // the collocation points are outside the ball at the middle of R's range, in all three coordinates
        assertEquals(0.35, EditorProbes.shapeValues(domain)[0], 1e-12);
        double[] points = EditorProbes.collocation(domain);
        assertTrue(points.length > 0);
        for (int p = 0; p + 2 < points.length; p += 3) {
            double r = Math.sqrt(points[p] * points[p] + points[p + 1] * points[p + 1] + points[p + 2] * points[p + 2]);
            assertTrue(r > 0.35, "a point in the ball at r = " + r);
        }
        var onBall = EditorProbes.pointOfSolid(domain, "sphere");
        assertNotNull(onBall, "the ball's surface is drawn");
        Event click = new Event();
        click.x = onBall.x;
        click.y = onBall.y;
        click.button = 1;
        EditorProbes.canvas(domain).notifyListeners(SWT.MouseDown, click);
        pump();
        assertEquals("sphere", EditorProbes.selectedPart(domain), "the click selects the solid whose face is there");
        assertEquals("0", EditorProbes.expressionField(domain).getText(), "the panel shows its condition");
        var corner = EditorProbes.pointOfSolid(domain, "box");
        assertEquals("box", EditorProbes.patchAt(domain, corner.x, corner.y));
        assertEquals(null, EditorProbes.patchAt(domain, 2, 2), "the canvas' corner holds no face");
        screenshot("editor-domain-sphere");
        // the condition on the ball, changed from the panel as one undoable command
        EditorProbes.expressionField(domain).setText("0.1*z");
        EditorProbes.applyCondition(domain);
        pump();
        org.hyperlora.model.Condition onSphere = editor.study().getFamily().getConditions().stream()
                .filter(c -> "sphere".equals(c.getBoundary())).findFirst().orElseThrow();
        assertEquals("0.1*z", onSphere.getExpression());
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("0", onSphere.getExpression());
    }

    @Test
    void aShapedDomainIsDrawnAtTheSlidersRadiusAndItsPartsCarryConditions(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "cylinder.hyperlora");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        // drawn at the middle of R's range: no collocation point inside the cylinder
        assertEquals(0.4, EditorProbes.shapeValues(domain)[0], 1e-12);
        assertOutside(EditorProbes.collocation(domain), 0.4);
        var rim = EditorProbes.centreOfPart(domain, "cylinder");
        Event click = new Event();
        click.x = rim.x;
        click.y = rim.y;
        click.button = 1;
        EditorProbes.canvas(domain).notifyListeners(SWT.MouseDown, click);
        pump();
        assertEquals("cylinder", EditorProbes.selectedPart(domain), "the click selects the part under the mouse");
        assertEquals("0", EditorProbes.expressionField(domain).getText(), "the panel shows its condition");
        var outer = EditorProbes.centreOfPart(domain, "box");
        assertEquals("box", EditorProbes.partAt(domain, outer.x, outer.y));
        assertEquals(null, EditorProbes.partAt(domain, (rim.x + outer.x) / 2, (rim.y + outer.y) / 2 + 37),
                "between the rim and the box there is no boundary");

        // the largest radius: the points leave the larger hole, the rim moves outwards
        EditorProbes.moveSlider(domain, 1.0);
        pump();
        assertEquals(0.6, EditorProbes.shapeValues(domain)[0], 1e-12);
        assertOutside(EditorProbes.collocation(domain), 0.6);
        var wider = EditorProbes.centreOfPart(domain, "cylinder");
        assertTrue(Math.hypot(wider.x - rim.x, wider.y - rim.y) > 5, "the rim is drawn where R puts it");
        assertEquals(null, EditorProbes.drawnNormals(domain), "normals are drawn when asked for");
        EditorProbes.showNormals(domain, true);
        pump();
        var normals = EditorProbes.drawnNormals(domain);
        int rimNormals = 0;
        for (int p = 0; p < normals.points().length / 2; p++) {
            double x = normals.points()[2 * p];
            double y = normals.points()[2 * p + 1];
            double r = Math.hypot(x, y);
            if (Math.abs(r - 0.6) < 1e-9) {
                rimNormals++;
                // out of the domain: into the cylinder
                assertEquals(-1, (x * normals.normals()[2 * p] + y * normals.normals()[2 * p + 1]) / r, 1e-6);
            } else {
                assertTrue(Math.abs(x) == 2 || Math.abs(y) == 1.5, "a boundary point off the box: " + x + ", " + y);
            }
        }
        assertTrue(rimNormals > 5, "normals on the rim: " + rimNormals);
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        screenshot("editor-domain-cylinder");

        EditorProbes.expressionField(domain).setText("0.5*x");
        EditorProbes.applyCondition(domain);
        pump();
        org.hyperlora.model.Condition onRim = editor.study().getFamily().getConditions().stream()
                .filter(c -> "cylinder".equals(c.getBoundary())).findFirst().orElseThrow();
        assertEquals("0.5*x", onRim.getExpression());
        assertEquals(2, editor.study().getFamily().getConditions().size(), "changed in place, not added");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("0", onRim.getExpression(), "one undo takes the whole edit back");
        assertFalse(editor.isDirty());
    }

    @Test
    void shapesAreAddedMovedAndResizedOnTheCanvasEachAsOneUndoableCommand(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "cylinder.hyperlora");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1200, 900);
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        var family = editor.study().getFamily();
        org.hyperlora.model.Disk cylinder = (org.hyperlora.model.Disk) family.getShapes().get(1);
        // drag the cylinder by its middle half a unit to the right
        var centre = EditorProbes.toCanvas(domain, 0, 0);
        var halfRight = EditorProbes.toCanvas(domain, 0.5, 0);
        EditorProbes.drag(domain, centre.x, centre.y, halfRight.x, halfRight.y);
        pump();
        assertEquals(cylinder, EditorProbes.selectedShape(domain), "a press inside the hole selects the cylinder");
        assertEquals(0.5, Double.parseDouble(cylinder.getCenterX()), 0.01, "moved by the drag");
        assertEquals("0", cylinder.getCenterY(), "a horizontal drag leaves y");
        assertEquals("R", cylinder.getRadius());
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("0", cylinder.getCenterX(), "one undo takes the move back");
        // the radius handle: R stays, the drag adds to it
        var handle = EditorProbes.handlePoints(domain).get(0);
        var unit = EditorProbes.toCanvas(domain, 1, 0).x - EditorProbes.toCanvas(domain, 0, 0).x;
        EditorProbes.drag(domain, handle.x, handle.y, handle.x + unit / 10, handle.y);
        pump();
        assertTrue(cylinder.getRadius().matches("R \\+ 0\\.(09|1|11)\\d*"), cylinder.getRadius());
        // the exact potential is that of a cylinder of radius R: the validator says it no longer solves the study
        assertTrue(org.hyperlora.model.io.StudyFiles.problems(org.hyperlora.model.io.StudyFiles.validate(
                editor.study())).stream().anyMatch(p -> p.getCode()
                        == org.hyperlora.model.validation.StudyProblem.REFERENCE_DOES_NOT_SOLVE.code()));
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals("R", cylinder.getRadius());
        // the palette: a rectangle hole beside the cylinder, then its operation
        EditorProbes.addShape(domain, "rectangle");
        pump();
        assertEquals(3, family.getShapes().size());
        org.hyperlora.model.Shape added = family.getShapes().get(2);
        assertEquals("rect1", added.getName());
        assertEquals(org.hyperlora.model.CsgOperation.DIFFERENCE, added.getOperation());
        assertEquals(added, EditorProbes.selectedShape(domain));
        // placed in the lower left quarter, clear of the cylinder; dragged up by 1.5
        var inside = EditorProbes.toCanvas(domain, -1, -0.75);
        var above = EditorProbes.toCanvas(domain, -1, 0.75);
        EditorProbes.drag(domain, inside.x, inside.y, above.x, above.y);
        pump();
        screenshot("editor-domain-shapes");
        org.hyperlora.model.Rectangle rectangle = (org.hyperlora.model.Rectangle) added;
        assertEquals("-1.5", rectangle.getXmin(), "a vertical drag leaves x");
        assertEquals(0.375, Double.parseDouble(rectangle.getYmin()), 0.02);
        assertEquals(1.125, Double.parseDouble(rectangle.getYmax()), 0.02);
        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(2, family.getShapes().size(), "undo takes the move, then the new shape back");
        assertFalse(editor.isDirty());
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void withSeveralParametersTheSliderMovesTheChosenOne(@TempDir Path folder) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "cylinder.hyperlora");
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        // a second parameter, the cylinder's centre: one command, as the PDE page would do it
        var family = editor.study().getFamily();
        Parameter centre = org.hyperlora.model.HyperloraFactory.eINSTANCE.createParameter();
        centre.setName("c");
        centre.setLower(-0.5);
        centre.setUpper(0.5);
        var command = new org.eclipse.emf.common.command.CompoundCommand("Add c");
        command.append(org.eclipse.emf.edit.command.AddCommand.create(editor.getEditingDomain(), family,
                org.hyperlora.model.HyperloraPackage.Literals.PDE_FAMILY__PARAMETERS, centre));
        command.append(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(),
                family.getShapes().get(1), org.hyperlora.model.HyperloraPackage.Literals.DISK__CENTER_X, "c"));
        editor.getEditingDomain().getCommandStack().execute(command);
        pump();
        EditorProbes.chooseSliderParameter(domain, "c");
        EditorProbes.moveSlider(domain, 1.0);
        pump();
        double[] values = EditorProbes.shapeValues(domain);
        assertEquals(0.4, values[0], 1e-12, "R stays");
        assertEquals(0.5, values[1], 1e-12, "c moved to its upper end");
        // the built-in reference has no c: the study is invalid, the page draws the shapes alone, hole moved
        double[] points = EditorProbes.collocation(domain);
        assertTrue(points.length > 100);
        for (int p = 0; p < points.length / 2; p++) {
            assertTrue(Math.hypot(points[2 * p] - 0.5, points[2 * p + 1]) > 0.4, "a point in the moved hole");
        }
        screenshot("editor-domain-two-parameters");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(1, family.getParameters().size());
    }

    @Test
    void aBoxDomainBecomesShapesWhenTheFirstShapeIsAddedAndItsFaceConditionsStay(@TempDir Path folder)
            throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, "kovasznay.hyperlora");
        org.hyperlora.ui.editor.DomainPage domain = (org.hyperlora.ui.editor.DomainPage) editor
                .setActivePage(org.hyperlora.ui.editor.DomainPage.ID);
        pump();
        var family = editor.study().getFamily();
        var dirichlet = family.getConditions().get(0);
        dirichlet.setBoundary("left"); // a condition on a face, to see it kept
        EditorProbes.addShape(domain, "disk");
        pump();
        assertEquals(List.of("box", "disk1"), family.getShapes().stream().map(s -> s.getName()).toList());
        assertEquals("left", family.getBoundaryParts().get(0).getName());
        assertEquals(List.of("box.left"), family.getBoundaryParts().get(0).getEdges());
        assertEquals(List.of(), org.hyperlora.model.io.StudyFiles.problems(
                org.hyperlora.model.io.StudyFiles.validate(editor.study())).stream()
                .filter(p -> p.getCode() == org.hyperlora.model.validation.StudyProblem.UNKNOWN_BOUNDARY_PART.code())
                .toList(),
                "the condition on left still names a part");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertEquals(0, family.getShapes().size());
        assertEquals(0, family.getBoundaryParts().size(), "one undo: the disk, the box and its parts");
    }

    private static void assertOutside(double[] points, double radius) {
        assertTrue(points.length > 1000);
        for (int p = 0; p < points.length / 2; p++) {
            assertTrue(Math.hypot(points[2 * p], points[2 * p + 1]) > radius, "a point in the hole of radius " + radius);
        }
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
