package org.hyperlora.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Parameter;

/**
 * The study editor's widgets and actions as the UI tests drive them. This fragment shares the editor package, so
 * the pages keep these package-private instead of widening their API for tests.
 */
public final class EditorProbes {

    private EditorProbes() {
    }

    /** The dashboard's line on the trained surrogate (current, missing, damaged, another study's, out of date). */
    public static Text surrogateStatus(OverviewPage page) {
        return page.surrogateText();
    }

    public static TableViewer parameterViewer(PdePage page) {
        return page.parameters;
    }

    public static TableViewer equationViewer(PdePage page) {
        return page.equations;
    }

    public static TableViewer coordinateViewer(PdePage page) {
        return page.coordinates;
    }

    public static TableViewer fieldViewer(PdePage page) {
        return page.fields;
    }

    public static Label equationCheckLabel(PdePage page) {
        return page.equationCheck;
    }

    /** The parameter shown in a row. */
    public static Parameter parameterAt(PdePage page, int row) {
        return (Parameter) page.parameters.getElementAt(row);
    }

    public static Canvas canvas(DomainPage page) {
        return page.canvas;
    }

    public static Text expressionField(DomainPage page) {
        return page.expression;
    }

    public static BoundaryFace selectedFace(DomainPage page) {
        return page.selected;
    }

    public static BoundaryFace faceAt(DomainPage page, int x, int y) {
        return page.faceAt(x, y);
    }

    public static Point centreOf(DomainPage page, BoundaryFace face) {
        return page.centreOf(face);
    }

    public static List<BoundaryFace> drawnFaces(DomainPage page) {
        return page.drawnFaces();
    }

    public static String selectedPart(DomainPage page) {
        return page.selectedPart;
    }

    /** The line above the condition panel: the selected part and what holds on it. */
    public static String selectedPartText(DomainPage page) {
        return page.selectedLabel.getText();
    }

    public static String partAt(DomainPage page, int x, int y) {
        return page.partAt(x, y);
    }

    public static void showNormals(DomainPage page, boolean show) {
        page.showNormals.setSelection(show);
        page.showNormals.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public static org.hyperlora.engine.geometry.ShapedDomain.PartPoints drawnNormals(DomainPage page) {
        return page.drawnNormals();
    }

    public static Point pointOfSolid(DomainPage page, String part) {
        return page.pointOfSolid(part);
    }

    public static String patchAt(DomainPage page, int x, int y) {
        return page.patchAt(x, y);
    }

    public static Point centreOfPart(DomainPage page, String part) {
        return page.centreOfPart(part);
    }

    /** Moves the shape's parameter slider to a fraction of the range, as a drag would. */
    public static void moveSlider(DomainPage page, double fraction) {
        page.slider.setSelection((int) Math.round(1000 * fraction));
        page.moveSlider(fraction);
    }

    /** Chooses the parameter the shape slider moves, as the combo beside it does. */
    public static void chooseSliderParameter(DomainPage page, String name) {
        page.sliderParameter.select(java.util.Arrays.asList(page.sliderParameter.getItems()).indexOf(name));
        page.sliderParameter.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public static double[] shapeValues(DomainPage page) {
        return page.shapeValues.clone();
    }

    public static double[] collocation(DomainPage page) {
        return page.collocation.clone();
    }

    public static org.hyperlora.model.Shape selectedShape(DomainPage page) {
        return page.selectedShape;
    }

    public static List<Point> handlePoints(DomainPage page) {
        return page.handlePoints();
    }

    /** A press, a drag and a release on the canvas, as the mouse would. */
    public static void drag(DomainPage page, int fromX, int fromY, int toX, int toY) {
        page.pressShape(fromX, fromY);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = (fromX + toX) / 2;
        move.y = (fromY + toY) / 2;
        page.canvas.notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        page.release(toX, toY);
    }

    /** The palette button of a kind of shape ({@code rectangle}, {@code disk}, ...), pressed. */
    public static void addShape(DomainPage page, String kind) {
        page.addShape(ShapeCommands.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
    }

    public static Point toCanvas(DomainPage page, double x, double y) {
        return page.toCanvas(x, y);
    }

    public static void applyCondition(DomainPage page) {
        page.applyCondition();
    }

    public static TableViewer baseStageViewer(MethodPage page) {
        return page.baseStages.viewer();
    }

    public static void addBaseStage(MethodPage page) {
        page.baseStages.add();
    }

    /** Types a number into a base stage's cell. */
    public static void editBaseStage(MethodPage page, OptimizerStage stage, EAttribute attribute, String text) {
        page.baseStages.setText(stage, attribute, text);
    }

    /** Commits a text as a user leaving the field would. */
    public static void edit(MethodPage page, EObject owner, EAttribute attribute, String text) {
        page.attributes.commit(owner, attribute, text);
    }

    public static TableViewer metricViewer(ResultsPage page) {
        return page.metrics;
    }

    public static Label chartLabel(ResultsPage page) {
        return page.chart;
    }

    public static TreeViewer treeViewer(ModelTreePage page) {
        return page.tree;
    }

    /** The Undo handler the workbench's global Undo runs. */
    public static Action undoAction(StudyEditorContributor contributor) {
        return contributor.undo;
    }
}
