package org.hyperlora.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.LossHistory;
import org.hyperlora.model.Metric;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.Results;
import org.hyperlora.model.validation.StudyChecks;
import org.hyperlora.ui.internal.Columns;
import org.hyperlora.ui.internal.SwtImages;

/**
 * What the last training produced: the loss curves (drawn by the engine's chart, which needs no Java 21 as
 * SWTChart 1.1.0 does), the metrics per stage and test value, and the artifacts with whether their files exist.
 */
public class ResultsPage extends FormPage {

    public static final String ID = "org.hyperlora.ui.results";

    private final StudyEditor editor;
    private Label summary;
    Label chart;
    private Image chartImage;
    TableViewer metrics;
    private TableViewer artifacts;

    public ResultsPage(StudyEditor editor) {
        super(editor, ID, "Results");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText("Results");
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(1, false));
        summary = toolkit.createLabel(body, "", SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = toolkit.createLabel(body, "");
        chart.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));

        Section metricSection = toolkit.createSection(body, Section.TITLE_BAR);
        metricSection.setText("Metrics");
        metricSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Table metricTable = toolkit.createTable(metricSection, SWT.FULL_SELECTION | SWT.BORDER);
        metricTable.setHeaderVisible(true);
        metricSection.setClient(metricTable);
        metrics = new TableViewer(metricTable);
        metrics.setContentProvider(ArrayContentProvider.getInstance());
        Columns.text(metrics, "Stage", 110, m -> ((Metric) m).getStage());
        Columns.text(metrics, "Name", 130, m -> ((Metric) m).getName());
        Columns.text(metrics, "Field", 60, m -> ((Metric) m).getField() == null ? "" : ((Metric) m).getField().getName());
        Columns.text(metrics, "At", 150, m -> at((Metric) m));
        Columns.text(metrics, "Value", 110, m -> String.format(Locale.ROOT, "%.4e", ((Metric) m).getValue()));

        Section artifactSection = toolkit.createSection(body, Section.TITLE_BAR);
        artifactSection.setText("Artifacts");
        artifactSection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Table artifactTable = toolkit.createTable(artifactSection, SWT.FULL_SELECTION | SWT.BORDER);
        artifactTable.setHeaderVisible(true);
        artifactSection.setClient(artifactTable);
        artifacts = new TableViewer(artifactTable);
        artifacts.setContentProvider(ArrayContentProvider.getInstance());
        Columns.text(artifacts, "Kind", 110, a -> ((ArtifactLink) a).getKind());
        Columns.text(artifacts, "Path", 300, a -> ((ArtifactLink) a).getPath());
        Columns.text(artifacts, "File", 90, a -> {
            Path file = StudyChecks.resolve((ArtifactLink) a, ((ArtifactLink) a).getPath());
            return file != null && Files.exists(file) ? "present" : "missing";
        });
        editor.onModelChange(this::refresh);
        refresh();
    }

    private static String at(Metric metric) {
        StringBuilder text = new StringBuilder();
        for (ParameterValue value : metric.getParameterValues()) {
            text.append(text.length() == 0 ? "" : ", ")
                    .append(value.getParameter() == null ? "?" : value.getParameter().getName()).append(" = ")
                    .append(String.format(Locale.ROOT, "%.5g", value.getValue()));
        }
        return text.toString();
    }

    void refresh() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        Results results = editor.study().getResults();
        metrics.setInput(results == null ? new Object[0] : results.getMetrics().toArray());
        artifacts.setInput(results == null ? new Object[0] : results.getArtifacts().toArray());
        summary.setText(results == null ? "No results yet: train the study (Run As > HyperLoRA Training, or "
                + "'hyperlora train')." : "Trained " + results.getFinished() + " with engine " + results.getEngineVersion()
                        + ": " + results.getMetrics().size() + " metrics, " + results.getArtifacts().size()
                        + " artifacts.");
        if (chartImage != null) {
            chartImage.dispose();
            chartImage = null;
        }
        if (results != null && !results.getLossHistories().isEmpty()) {
            LineChart lineChart = new LineChart("Loss during training", "step", "loss").logY(true);
            for (LossHistory history : results.getLossHistories()) {
                double[] x = history.getSteps().stream().mapToDouble(Integer::doubleValue).toArray();
                double[] y = history.getValues().stream().mapToDouble(Double::doubleValue).toArray();
                if (x.length > 1 && x.length == y.length) {
                    lineChart.addSeries(history.getStage(), x, y);
                }
            }
            chartImage = new Image(summary.getDisplay(), SwtImages.of(lineChart.render(640, 300)));
        }
        chart.setImage(chartImage);
        summary.getParent().layout(true, true);
    }

    @Override
    public void dispose() {
        if (chartImage != null) {
            chartImage.dispose();
        }
        super.dispose();
    }
}
