package org.hyperlora.ui.workflow;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.hyperlora.workflow.io.WorkflowTemplates;

/** The workflow editor, its outputs view and wizard as the UI tests drive them (this fragment shares the package). */
public final class WorkflowProbes {

    private WorkflowProbes() {
    }

    public static int blockCount(WorkflowEditor editor) {
        return editor.diagram().blocks().size();
    }

    /** Per block: kind, name, errors, warnings. */
    public static List<String> blocks(WorkflowEditor editor) {
        return editor.diagram().blocks().stream().map(b -> b.kind() + "|" + b.name() + "|" + b.errors() + "|"
                + b.warnings()).toList();
    }

    /** The links as FROM->TO:LABEL (0-based). */
    public static List<String> links(WorkflowEditor editor) {
        return editor.diagram().links().stream().map(l -> l.from() + "->" + l.to() + ":" + l.label()).toList();
    }

    public static int selected(WorkflowEditor editor) {
        return editor.diagram().selected();
    }

    /** Clicks the block as a user does (the diagram's mouse-down). */
    public static void click(WorkflowEditor editor, int index) {
        var bounds = WorkflowDiagram.bounds(index);
        Event event = new Event();
        event.x = bounds.x + 20;
        event.y = bounds.y + 20;
        event.button = 1;
        editor.diagram().notifyListeners(SWT.MouseDown, event);
    }

    /** Double-clicks the palette's kind of this name (adds it after the selected step). */
    public static void addFromPalette(WorkflowEditor editor, String kindName) {
        var palette = editor.palette();
        for (int i = 0; i < palette.getItemCount(); i++) {
            if (palette.getItem(i).getText().startsWith(kindName)) {
                palette.select(i);
                palette.notifyListeners(SWT.DefaultSelection, new Event());
                return;
            }
        }
        throw new IllegalArgumentException("no step kind " + kindName + " in the palette");
    }

    public static List<String> palette(WorkflowEditor editor) {
        return java.util.Arrays.stream(editor.palette().getItems()).map(item -> item.getText()).toList();
    }

    /** The field of a setting of the selected step. */
    public static Control field(WorkflowEditor editor, String feature) {
        Control field = editor.properties().field(feature);
        if (field == null) {
            throw new IllegalArgumentException("no field " + feature);
        }
        return field;
    }

    /** Types text into a field (the Modify check as typed), without applying it. */
    public static void type(WorkflowEditor editor, String feature, String text) {
        Control field = field(editor, feature);
        if (field instanceof Text t) {
            t.setText(text);
        } else if (field instanceof Combo c) {
            c.setText(text);
        }
    }

    /** Types text and presses Enter (the value is applied). */
    public static void enter(WorkflowEditor editor, String feature, String text) {
        type(editor, feature, text);
        field(editor, feature).notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** The reason shown under a field, or "" when its text is fine. */
    public static String problemUnder(WorkflowEditor editor, String feature) {
        Control field = field(editor, feature);
        Control[] children = field.getParent().getChildren();
        for (int i = 0; i < children.length; i++) {
            if (children[i] == field && i + 1 < children.length
                    && children[i + 1] instanceof org.eclipse.swt.widgets.Label label) {
                return label.getVisible() ? label.getText() : "";
            }
        }
        return "";
    }

    /** The header of the CSV shown, or null when the output shown is not a CSV. */
    public static List<String> shownHeader(WorkflowOutputsView view) {
        return view.csv() == null ? null : view.csv().header();
    }

    public static int shownRows(WorkflowOutputsView view) {
        return view.csv().cells().size();
    }

    public static double shownNumber(WorkflowOutputsView view, int row, int column) {
        return view.csv().numbers()[column][row];
    }

    public static int outputCount(WorkflowOutputsView view) {
        return view.outputs().getItemCount();
    }

    public static boolean hasChart(WorkflowOutputsView view) {
        return view.hasChart();
    }

    public static void openOutput(WorkflowOutputsView view, int index) {
        view.outputs().select(index);
        view.open(index);
    }

    public static void choose(NewWorkflowWizard wizard, WorkflowTemplates template, String study, String folder,
            String fileName) {
        wizard.page.choose(template, study, folder, fileName);
    }

    public static boolean pageComplete(NewWorkflowWizard wizard) {
        return wizard.page.isPageComplete();
    }

    public static String pageError(NewWorkflowWizard wizard) {
        return wizard.page.getErrorMessage();
    }
}
