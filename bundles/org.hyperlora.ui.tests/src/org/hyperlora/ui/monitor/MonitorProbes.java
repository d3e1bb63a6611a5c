package org.hyperlora.ui.monitor;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;

/** The training monitor's widgets as the UI tests read them (this fragment shares its package). */
public final class MonitorProbes {

    private MonitorProbes() {
    }

    public static Button cancelButton(TrainingMonitorView view) {
        return view.cancel;
    }

    public static TableViewer stageViewer(TrainingMonitorView view) {
        return view.stages;
    }

    public static Label titleLabel(TrainingMonitorView view) {
        return view.title;
    }

    /** Whether a loss chart is drawn. */
    public static boolean hasChart(TrainingMonitorView view) {
        return view.chartImage != null;
    }
}
