package org.hyperlora.ui.monitor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.ui.internal.Columns;
import org.hyperlora.ui.internal.SwtImages;
import org.hyperlora.ui.monitor.TrainingRecords.Run;
import org.hyperlora.ui.monitor.TrainingRecords.Stage;

/**
 * The latest training as it runs: its stages, the current stage's progress and time left, a cancel button, the loss
 * of every term of the base PINN and the hypernetwork as curves (drawn by the engine's chart: SWTChart 1.1.0 needs
 * Java 21, the workbench runs on 17), and the metrics and messages. Redraws at most five times a second.
 */
public class TrainingMonitorView extends ViewPart {

    public static final String ID = "org.hyperlora.ui.monitor";
    private static final int REDRAW_MILLIS = 200;

    private Composite root;
    private org.eclipse.swt.widgets.Display display;
    Label title;
    private ProgressBar progress;
    private Label progressText;
    Button cancel;
    TableViewer stages;
    private Canvas chart;
    Image chartImage;
    private Text lines;
    private boolean redrawQueued;
    private final Runnable changed = this::queueRedraw;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        display = parent.getDisplay();
        root.setLayout(new GridLayout(3, false));
        title = new Label(root, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        progress = new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressText = new Label(root, SWT.NONE);
        GridData progressLayout = new GridData(SWT.FILL, SWT.CENTER, false, false);
        progressLayout.widthHint = 360;
        progressText.setLayoutData(progressLayout);
        cancel = new Button(root, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Stops the training; checkpoints stay, so 'resume' continues it later");
        cancel.addListener(SWT.Selection, e -> cancel());

        SashForm body = new SashForm(root, SWT.VERTICAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        SashForm top = new SashForm(body, SWT.HORIZONTAL);
        stages = new TableViewer(top, SWT.BORDER | SWT.FULL_SELECTION);
        stages.getTable().setHeaderVisible(true);
        stages.setContentProvider(ArrayContentProvider.getInstance());
        Columns.text(stages, "#", 30, s -> String.valueOf(((Stage) s).number));
        Columns.text(stages, "Stage", 160, s -> ((Stage) s).name);
        Columns.text(stages, "State", 90, s -> ((Stage) s).state());

        chart = new Canvas(top, SWT.DOUBLE_BUFFERED);
        chart.addPaintListener(e -> {
            if (chartImage != null) {
                e.gc.drawImage(chartImage, 0, 0);
            }
        });
        chart.addListener(SWT.Resize, e -> queueRedraw());
        top.setWeights(25, 75);

        lines = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        body.setWeights(75, 25);

        TrainingRecords.instance().addListener(changed);
        redraw();
    }

    /** Cancels the current training's job (the run stops at its next step and keeps its checkpoints). */
    public void cancel() {
        Run run = TrainingRecords.instance().current();
        if (run != null && run.job != null && run.running()) {
            run.job.cancel();
            progressText.setText("Cancelling...");
        }
    }

    private void queueRedraw() {
        if (display == null || display.isDisposed()) {
            return;
        }
        synchronized (this) {
            if (redrawQueued) {
                return;
            }
            redrawQueued = true;
        }
        display.asyncExec(() -> {
            if (!root.isDisposed()) {
                display.timerExec(REDRAW_MILLIS, () -> {
                    synchronized (this) {
                        redrawQueued = false;
                    }
                    redraw();
                });
            }
        });
    }

    /** Shows the records as they are now. */
    public void redraw() {
        if (root.isDisposed()) {
            return;
        }
        Run run = TrainingRecords.instance().current();
        if (run == null) {
            title.setText("No training yet: train a study from its editor (Overview > Train), a launch configuration "
                    + "or a workflow.");
            cancel.setEnabled(false);
            stages.setInput(new Object[0]);
            return;
        }
        String state = run.running() ? "running" : switch (run.result().getSeverity()) {
            case IStatus.OK -> "finished";
            case IStatus.CANCEL -> "cancelled";
            default -> "failed: " + run.result().getMessage();
        };
        List<Stage> stageList = run.stages();
        title.setText("Training " + run.study + " (" + state + ")" + (stageList.isEmpty() ? ""
                : ": stage " + stageList.get(stageList.size() - 1).number + " of " + run.stageCount() + ", "
                        + stageList.get(stageList.size() - 1).name));
        cancel.setEnabled(run.running() && run.job != null);
        progress.setMaximum(Math.max(1, run.total()));
        progress.setSelection(run.running() ? run.done() : progress.getMaximum());
        if (run.running()) {
            progressText.setText(run.total() == 0 ? "" : String.format(Locale.ROOT, "%s %d/%d%s%s", run.currentStage(),
                    run.done(), run.total(), Double.isFinite(run.loss()) ? String.format(Locale.ROOT, ", loss %.3e",
                            run.loss()) : "", Double.isFinite(run.secondsRemaining())
                                    ? String.format(Locale.ROOT, ", about %.0f s left", run.secondsRemaining()) : ""));
        } else {
            progressText.setText(state);
        }
        stages.setInput(stageList.toArray());
        String text = String.join("\n", run.lines());
        if (!lines.getText().equals(text)) {
            lines.setText(text);
            lines.setTopIndex(lines.getLineCount());
        }
        drawChart(run);
        root.layout(true, true);
    }

    private void drawChart(Run run) {
        Map<String, double[][]> curves = TrainingRecords.drawable(run);
        if (chartImage != null) {
            chartImage.dispose();
            chartImage = null;
        }
        // never below the chart's readable size: a small view clips the picture rather than cramming it
        int width = Math.max(480, chart.getSize().x);
        int height = Math.max(260, chart.getSize().y);
        if (!curves.isEmpty()) {
            LineChart lossChart = new LineChart("Loss per term", "step", "loss").logY(true);
            curves.forEach((name, curve) -> lossChart.addSeries(name, curve[0], curve[1]));
            chartImage = new Image(root.getDisplay(), SwtImages.of(lossChart.render(width, height)));
        }
        chart.redraw();
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public void dispose() {
        TrainingRecords.instance().removeListener(changed);
        if (chartImage != null) {
            chartImage.dispose();
        }
        super.dispose();
    }
}
