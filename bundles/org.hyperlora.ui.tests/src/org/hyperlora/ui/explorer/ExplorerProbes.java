package org.hyperlora.ui.explorer;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.hyperlora.solver.SurrogateSolver;

/** The explorer's widgets and last picture as the UI tests read them (this fragment shares its package). */
public final class ExplorerProbes {

    private ExplorerProbes() {
    }

    /** The header, validity and timing lines as shown (for messages of failed tests). */
    public static String describeState(SurrogateExplorerView view) {
        return "[" + view.header.getText() + " | " + view.validity.getText() + " | " + view.dataLine.getText() + " | "
                + view.timing.getText() + "]";
    }

    /** Which solver answers for which study, and why a better one was passed over. */
    public static Label header(SurrogateExplorerView view) {
        return view.header;
    }

    public static ExplorerFrame frame(SurrogateExplorerView view) {
        return view.frame;
    }

    public static SurrogateSolver solver(SurrogateExplorerView view) {
        return view.computation == null ? null : view.computation.solver();
    }

    public static Scale slider(SurrogateExplorerView view, String parameter) {
        return SurrogateExplorerView.knob(view.parameters, parameter).slider;
    }

    public static Text valueText(SurrogateExplorerView view, String parameter) {
        return SurrogateExplorerView.knob(view.parameters, parameter).text;
    }

    public static Label validityLabel(SurrogateExplorerView view) {
        return view.validity;
    }

    /** The line that compares the solver with the study's data file. */
    public static Label dataLabel(SurrogateExplorerView view) {
        return view.dataLine;
    }

    public static Combo fieldChoice(SurrogateExplorerView view) {
        return view.fieldChoice;
    }

    /** The study's data-file parameter values to choose from. */
    public static Combo dataChoice(SurrogateExplorerView view) {
        return view.dataChoice;
    }

    public static Canvas heatmapCanvas(SurrogateExplorerView view) {
        return view.heatmapCanvas;
    }

    /** Milliseconds from the last change (slider, text, field) to its picture on the screen. */
    public static double lastRedrawMillis(SurrogateExplorerView view) {
        return view.lastRedrawMillis;
    }
}
