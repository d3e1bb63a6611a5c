package org.hyperlora.ui.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.hyperlora.engine.io.CsvColumns;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.ui.internal.SwtImages;
import org.hyperlora.workflow.run.StepOutcome;
import org.hyperlora.workflow.run.WorkflowResult;

/**
 * What the last workflow run wrote: one row per output file (its step, name, size). A CSV file opens as a table of its
 * rows and a chart of its numeric columns against a column chosen as x (a sweep's quantities against the swept
 * parameter, an optimization's objective against the iteration); any other file (VTK for ParaView, a surrogate) shows
 * its path and size.
 */
public class WorkflowOutputsView extends ViewPart {

    public static final String ID = "org.hyperlora.ui.workflowOutputs";
    /** Rows shown of a large CSV (the chart uses them all). */
    static final int SHOWN_ROWS = 2000;
    /** Series drawn at most (the chart's palette repeats after 8). */
    static final int MAX_SERIES = 8;

    private Label header;
    private Table outputs;
    private Composite detail;
    private Label about;
    private Combo xColumn;
    private Table rows;
    private Canvas chart;
    private Image chartImage;
    private Csv csv;
    private Path shown;

    /** A CSV's header and cells; a cell that is not a number is NaN in {@code numbers}. */
    record Csv(List<String> header, List<String[]> cells, double[][] numbers) {

        static Csv read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return new Csv(List.of(), List.of(), new double[0][]);
            }
            List<String> header = CsvColumns.split(lines.get(0));
            List<String[]> cells = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    cells.add(CsvColumns.split(line).toArray(String[]::new));
                }
            }
            double[][] numbers = new double[header.size()][cells.size()];
            for (int c = 0; c < header.size(); c++) {
                for (int r = 0; r < cells.size(); r++) {
                    String cell = c < cells.get(r).length ? cells.get(r)[c] : "";
                    numbers[c][r] = switch (cell) {
                    case "true" -> 1;
                    case "false" -> 0;
                    default -> {
                        try {
                            yield Double.parseDouble(cell);
                        } catch (NumberFormatException e) {
                            yield Double.NaN;
                        }
                    }
                    };
                }
            }
            return new Csv(header, cells, numbers);
        }

        /** Whether a column has a number in every row (true/false columns, such as "inside", are not charted). */
        boolean numeric(int column) {
            for (int r = 0; r < numbers[column].length; r++) {
                String cell = column < cells.get(r).length ? cells.get(r)[column] : "";
                if (Double.isNaN(numbers[column][r]) || cell.equals("true") || cell.equals("false")) {
                    return false;
                }
            }
            return numbers[column].length > 0;
        }
    }

    /** Opens the view in the active page and shows a run's outputs. */
    static void showRun(WorkflowResult result, String ending) {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            WorkflowOutputsView view = (WorkflowOutputsView) window.getActivePage().showView(ID, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            view.show(result, ending);
        } catch (PartInitException e) {
            // the view cannot open: the console has the run's log
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        header.setText("Run a workflow (Run As > HyperLoRA Workflow) to see what it writes here.");
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        outputs = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        outputs.setHeaderVisible(true);
        for (String title : new String[] {"Step", "File", "Size"}) {
            new TableColumn(outputs, SWT.NONE).setText(title);
        }
        outputs.addListener(SWT.Selection, e -> open(outputs.getSelectionIndex()));
        detail = new Composite(sash, SWT.NONE);
        detail.setLayout(new GridLayout(2, false));
        about = new Label(detail, SWT.WRAP);
        about.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(detail, SWT.NONE).setText("Chart against:");
        xColumn = new Combo(detail, SWT.READ_ONLY);
        xColumn.addListener(SWT.Selection, e -> drawChart());
        SashForm tableAndChart = new SashForm(detail, SWT.HORIZONTAL);
        tableAndChart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart = new Canvas(tableAndChart, SWT.DOUBLE_BUFFERED);
        chart.addPaintListener(e -> {
            if (chartImage != null) {
                e.gc.drawImage(chartImage, 0, 0);
            }
        });
        chart.addListener(SWT.Resize, e -> drawChart());
        rows = new Table(tableAndChart, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        rows.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = rows.indexOf(item);
            if (csv != null && index < csv.cells().size()) {
                item.setText(csv.cells().get(index));
            }
        });
        tableAndChart.setWeights(62, 38);
        sash.setWeights(30, 70);
    }

    /** Shows a run's outputs, the first CSV opened. */
    void show(WorkflowResult result, String ending) {
        header.setText("Workflow '" + result.workflow() + "' " + ending);
        outputs.removeAll();
        int firstCsv = -1;
        for (StepOutcome step : result.steps()) {
            for (Path file : step.outputs()) {
                TableItem item = new TableItem(outputs, SWT.NONE);
                item.setText(new String[] {step.number() + " " + step.name(), file.getFileName().toString(),
                        size(file)});
                item.setData(file);
                if (firstCsv < 0 && file.toString().endsWith(".csv")) {
                    firstCsv = outputs.getItemCount() - 1;
                }
            }
        }
        for (TableColumn column : outputs.getColumns()) {
            column.pack();
        }
        header.getParent().layout(true, true);
        if (firstCsv >= 0) {
            outputs.select(firstCsv);
            open(firstCsv);
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 10_000 ? bytes + " B" : bytes < 10_000_000 ? (bytes / 1000) + " kB"
                    : (bytes / 1_000_000) + " MB";
        } catch (IOException e) {
            return "missing";
        }
    }

    /** Opens output {@code index}: a CSV as table and chart, any other file as its path and size. */
    void open(int index) {
        if (index < 0) {
            return;
        }
        Path file = (Path) outputs.getItem(index).getData();
        shown = file;
        csv = null;
        rows.removeAll();
        for (TableColumn column : rows.getColumns()) {
            column.dispose();
        }
        xColumn.removeAll();
        String unreadable = null;
        if (file.toString().endsWith(".csv")) {
            try {
                csv = Csv.read(file);
            } catch (IOException | RuntimeException e) {
                unreadable = e.getMessage();
            }
        }
        if (csv == null) {
            about.setText(unreadable != null ? file + ": cannot be read: " + unreadable
                    : file + " (" + size(file) + ")" + (file.toString().endsWith(".vtk")
                            ? ": legacy VTK, opens in ParaView" : ""));
            drawChart();
            detail.layout(true, true);
            return;
        }
        about.setText(file + ": " + csv.cells().size() + " rows, " + csv.header().size() + " columns"
                + (csv.cells().size() > SHOWN_ROWS ? " (first " + SHOWN_ROWS + " shown)" : ""));
        for (String title : csv.header()) {
            TableColumn column = new TableColumn(rows, SWT.NONE);
            column.setText(title);
            column.setWidth(Math.max(70, 9 * title.length()));
        }
        rows.setItemCount(Math.min(SHOWN_ROWS, csv.cells().size()));
        for (int c = 0; c < csv.header().size(); c++) {
            if (csv.numeric(c)) {
                xColumn.add(csv.header().get(c));
            }
        }
        if (xColumn.getItemCount() > 0) {
            xColumn.select(0);
        }
        drawChart();
        detail.layout(true, true);
    }

    /** Draws the numeric columns (up to {@link #MAX_SERIES}) against the chosen x column, sorted by x. */
    private void drawChart() {
        if (chartImage != null) {
            chartImage.dispose();
            chartImage = null;
        }
        if (csv != null && xColumn.getSelectionIndex() >= 0) {
            // at least a readable size: a small view shows the chart's upper left part
            int width = Math.max(360, chart.getSize().x);
            int height = Math.max(220, chart.getSize().y);
            int x = csv.header().indexOf(xColumn.getText());
            Integer[] order = new Integer[csv.cells().size()];
            for (int r = 0; r < order.length; r++) {
                order[r] = r;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(csv.numbers()[x][a], csv.numbers()[x][b]));
            double[] xs = new double[order.length];
            for (int r = 0; r < order.length; r++) {
                xs[r] = csv.numbers()[x][order[r]];
            }
            LineChart line = new LineChart(shown.getFileName().toString(),
                    csv.header().get(x), "value");
            int series = 0;
            for (int c = 0; c < csv.header().size() && series < MAX_SERIES; c++) {
                if (c != x && csv.numeric(c)) {
                    double[] ys = new double[order.length];
                    for (int r = 0; r < order.length; r++) {
                        ys[r] = csv.numbers()[c][order[r]];
                    }
                    line.addSeries(csv.header().get(c), xs, ys);
                    series++;
                }
            }
            if (series > 0) {
                chartImage = new Image(chart.getDisplay(), SwtImages.of(line.render(width, height)));
            }
        }
        chart.redraw();
    }

    /** The CSV shown (for tests), or null. */
    Csv csv() {
        return csv;
    }

    Table outputs() {
        return outputs;
    }

    boolean hasChart() {
        return chartImage != null;
    }

    @Override
    public void setFocus() {
        outputs.setFocus();
    }

    @Override
    public void dispose() {
        if (chartImage != null) {
            chartImage.dispose();
        }
        super.dispose();
    }
}
