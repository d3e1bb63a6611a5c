package org.hyperlora.engine.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart of lines through (x, y) points, one line per series, written as a PNG. Typical use is an
 * error against a PDE parameter, one line per method:
 *
 * <pre>{@code
 * LineChart chart = new LineChart("Kovasznay: error vs Re", "Re", "relative L2 error (u)").logY(true);
 * chart.addSeries("LoRA-HyperPINN", re, error);
 * chart.addMarkers("training values", trainingRe);
 * chart.writePng(Path.of("report/kovasznay-error.png"), 800, 500);
 * }</pre>
 *
 * Points are joined in the order given. A point with a non-finite coordinate, or a coordinate
 * {@code <= 0} on a logarithmic axis, is skipped and breaks the line; a series left without points is
 * still listed in the legend, marked "(no data)". Series take colors from the Okabe–Ito palette and
 * marker shapes in turn. The legend sits to the right of the plot area. Drawing happens on an
 * off-screen image, so it works headless. Not thread-safe.
 */
public final class LineChart {

    /**
     * Okabe–Ito, which stays distinguishable for color-blind readers; yellow comes last because it is
     * faint on white.
     */
    private static final Color[] SERIES_COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    private static final int MARKER_SHAPE_COUNT = 5;
    /** Marker sets are reference positions, not data, so they stay neutral gray. */
    private static final Color[] MARKER_SET_COLORS = {new Color(0x505050), new Color(0xA0A0A0)};
    private static final String NO_DATA_NOTE = " (no data)";
    /** The legend may take at most this share of the image width; longer names get an ellipsis. */
    private static final double MAX_LEGEND_WIDTH_FRACTION = 0.35;
    private static final int MIN_WIDTH = 240;
    private static final int MIN_HEIGHT = 180;
    /** Shorter image side up to which sizes are nominal; larger images scale fonts and strokes. */
    private static final int REFERENCE_SIZE = 480;

    private record Series(String name, double[] x, double[] y) {
    }

    private record MarkerSet(String name, double[] x) {
    }

    /** Where everything goes in an image of a given size. */
    private record Layout(Style style, Rectangle plot, Axis xAxis, Axis yAxis, List<String> legendLabels,
            Rectangle legend, int legendRowHeight) {

        double xPixel(double x) {
            return plot.x + xAxis.fraction(x) * plot.width;
        }

        double yPixel(double y) {
            return plot.y + (1 - yAxis.fraction(y)) * plot.height;
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> seriesList = new ArrayList<>();
    private final List<MarkerSet> markerSets = new ArrayList<>();
    private boolean logX;
    private boolean logY;

    /**
     * A chart with both axes linear and no series yet.
     *
     * @param title  drawn above the plot
     * @param xLabel drawn below the x axis
     * @param yLabel drawn along the y axis
     */
    public LineChart(String title, String xLabel, String yLabel) {
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    }

    /** Makes the x axis logarithmic (decade ticks labeled like "1e-3") or linear; returns this chart. */
    public LineChart logX(boolean logarithmic) {
        logX = logarithmic;
        return this;
    }

    /** Makes the y axis logarithmic (decade ticks labeled like "1e-3") or linear; returns this chart. */
    public LineChart logY(boolean logarithmic) {
        logY = logarithmic;
        return this;
    }

    /**
     * Adds a line through the points (x[i], y[i]); the arrays are copied.
     *
     * @return this chart
     * @throws IllegalArgumentException if x and y differ in length
     */
    public LineChart addSeries(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "series '" + name + "' has " + x.length + " x values but " + y.length + " y values");
        }
        seriesList.add(new Series(name, x.clone(), y.clone()));
        return this;
    }

    /**
     * Adds short vertical ticks standing on the x axis at the given positions, e.g. the parameter
     * values used in training, listed in the legend under {@code name}; the array is copied.
     *
     * @return this chart
     */
    public LineChart addMarkers(String name, double[] x) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        markerSets.add(new MarkerSet(name, x.clone()));
        return this;
    }

    /**
     * Draws the chart and writes it as a PNG of the given size in pixels, replacing {@code file} only once
     * the image is complete. Creates missing parent directories.
     *
     * @throws IllegalArgumentException if the size is below 240 × 180
     */
    public void writePng(Path file, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        Drawing.writePng(render(width, height), file);
    }

    /** The chart as an image of the given size. */
    public BufferedImage render(int width, int height) {
        Layout layout = layout(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Drawing.openWhiteCanvas(image);
        try {
            drawGrid(g, layout);
            drawMarkerSets(g, layout);
            for (int k = 0; k < seriesList.size(); k++) {
                drawSeries(g, layout, k);
            }
            drawFrameAndTicks(g, layout);
            drawTitleAndAxisLabels(g, layout, width, height);
            drawLegend(g, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The frame of the plot area in an image of the given size; data is drawn inside it. */
    public Rectangle plotArea(int width, int height) {
        return layout(width, height).plot();
    }

    /** The color of the series added {@code index}-th (from 0). */
    public static Color seriesColor(int index) {
        return SERIES_COLORS[index % SERIES_COLORS.length];
    }

    private Layout layout(int width, int height) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "chart size %d\u00d7%d is too small; need at least %d\u00d7%d", width, height, MIN_WIDTH,
                    MIN_HEIGHT));
        }
        Style style = Style.forSize(width, height, REFERENCE_SIZE);
        Graphics2D g = Drawing.openMeasuringContext();
        try {
            FontMetrics titleMetrics = g.getFontMetrics(style.titleFont());
            FontMetrics labelMetrics = g.getFontMetrics(style.labelFont());
            FontMetrics tickMetrics = g.getFontMetrics(style.tickFont());
            FontMetrics legendMetrics = g.getFontMetrics(style.legendFont());
            int pad = style.px(10);
            int gap = style.px(6);
            int smallGap = style.px(3);
            int tickLength = style.px(5);

            int legendInset = style.px(8);
            int legendChrome = 2 * legendInset + style.px(28) + gap;
            int maxLegendTextWidth = (int) (width * MAX_LEGEND_WIDTH_FRACTION) - legendChrome;
            List<String> legendLabels = legendLabels(legendMetrics, maxLegendTextWidth);
            int legendWidth = legendLabels.stream().mapToInt(legendMetrics::stringWidth).max()
                    .orElse(-legendChrome) + legendChrome;

            int plotTop = pad + titleMetrics.getHeight() + gap;
            int plotBottom = height - pad - labelMetrics.getHeight() - gap - tickMetrics.getHeight() - smallGap
                    - tickLength;
            // Label spacing of two line heights keeps the y axis from looking crowded.
            Axis yAxis = Axis.fit(dataRange(false), logY, plotBottom - plotTop, label -> tickMetrics.getHeight(),
                    2 * tickMetrics.getHeight());
            int yLabelWidth = yAxis.majorTicks().stream().mapToInt(t -> tickMetrics.stringWidth(t.label())).max()
                    .orElse(0);
            int plotLeft = pad + labelMetrics.getHeight() + gap + yLabelWidth + smallGap + tickLength;
            // Without a legend, keep room for half of the last x label, which is centered on the frame.
            int plotRight = width - (legendWidth > 0 ? pad + legendWidth + style.px(14) : style.px(20));
            Axis xAxis = Axis.fit(dataRange(true), logX, plotRight - plotLeft, tickMetrics::stringWidth,
                    style.px(24));

            int rowHeight = Math.max(legendMetrics.getHeight(), style.px(14)) + style.px(3);
            Rectangle legend = new Rectangle(width - pad - legendWidth, plotTop, legendWidth,
                    2 * legendInset + legendLabels.size() * rowHeight);
            return new Layout(style, new Rectangle(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop),
                    xAxis, yAxis, legendLabels, legend, rowHeight);
        } finally {
            g.dispose();
        }
    }

    private List<String> legendLabels(FontMetrics metrics, int maxWidth) {
        List<String> labels = new ArrayList<>();
        for (Series series : seriesList) {
            String label = hasDrawablePoint(series) ? series.name() : series.name() + NO_DATA_NOTE;
            labels.add(Drawing.fit(metrics, label, maxWidth));
        }
        for (MarkerSet markerSet : markerSets) {
            labels.add(Drawing.fit(metrics, markerSet.name(), maxWidth));
        }
        return labels;
    }

    private boolean drawable(double x, double y) {
        return Axis.canShow(x, logX) && Axis.canShow(y, logY);
    }

    private boolean hasDrawablePoint(Series series) {
        for (int i = 0; i < series.x().length; i++) {
            if (drawable(series.x()[i], series.y()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The axis range covering all drawable points (and, for x, marker positions). */
    private double[] dataRange(boolean xAxis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series series : seriesList) {
            for (int i = 0; i < series.x().length; i++) {
                if (drawable(series.x()[i], series.y()[i])) {
                    double value = xAxis ? series.x()[i] : series.y()[i];
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        if (xAxis) {
            for (MarkerSet markerSet : markerSets) {
                for (double x : markerSet.x()) {
                    if (Axis.canShow(x, logX)) {
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                    }
                }
            }
        }
        return Axis.paddedRange(min, max, xAxis ? logX : logY);
    }

    private static void drawGrid(Graphics2D g, Layout layout) {
        Rectangle plot = layout.plot();
        g.setColor(Drawing.GRID);
        g.setStroke(new BasicStroke(1f));
        for (Axis.Tick tick : layout.xAxis().majorTicks()) {
            double x = layout.xPixel(tick.value());
            g.draw(new Line2D.Double(x, plot.y, x, plot.getMaxY()));
        }
        for (Axis.Tick tick : layout.yAxis().majorTicks()) {
            double y = layout.yPixel(tick.value());
            g.draw(new Line2D.Double(plot.x, y, plot.getMaxX(), y));
        }
    }

    private void drawMarkerSets(Graphics2D g, Layout layout) {
        Style style = layout.style();
        double bottom = layout.plot().getMaxY();
        g.setStroke(markerSetStroke(style));
        for (int k = 0; k < markerSets.size(); k++) {
            g.setColor(markerSetColor(k));
            for (double x : markerSets.get(k).x()) {
                if (Axis.canShow(x, logX)) {
                    double pixel = layout.xPixel(x);
                    g.draw(new Line2D.Double(pixel, bottom, pixel, bottom - style.px(12)));
                }
            }
        }
    }

    private void drawSeries(Graphics2D g, Layout layout, int index) {
        Series series = seriesList.get(index);
        Path2D.Double line = new Path2D.Double();
        List<double[]> points = new ArrayList<>();
        boolean lineContinues = false;
        for (int i = 0; i < series.x().length; i++) {
            if (!drawable(series.x()[i], series.y()[i])) {
                lineContinues = false;
                continue;
            }
            double x = layout.xPixel(series.x()[i]);
            double y = layout.yPixel(series.y()[i]);
            if (lineContinues) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
            }
            lineContinues = true;
            points.add(new double[] {x, y});
        }
        g.setColor(seriesColor(index));
        g.setStroke(seriesStroke(layout.style()));
        g.draw(line);
        double markerSize = layout.style().px(8);
        for (double[] point : points) {
            g.fill(markerShape(index, point[0], point[1], markerSize));
        }
    }

    private static void drawFrameAndTicks(Graphics2D g, Layout layout) {
        Style style = layout.style();
        Rectangle plot = layout.plot();
        int tickLength = style.px(5);
        int minorTickLength = style.px(3);
        FontMetrics tickMetrics = g.getFontMetrics(style.tickFont());
        g.setFont(style.tickFont());
        g.setColor(Drawing.FRAME);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        double bottom = plot.getMaxY();
        for (double value : layout.xAxis().minorTicks()) {
            double x = layout.xPixel(value);
            g.draw(new Line2D.Double(x, bottom, x, bottom + minorTickLength));
        }
        for (double value : layout.yAxis().minorTicks()) {
            double y = layout.yPixel(value);
            g.draw(new Line2D.Double(plot.x - minorTickLength, y, plot.x, y));
        }
        for (Axis.Tick tick : layout.xAxis().majorTicks()) {
            double x = layout.xPixel(tick.value());
            g.setColor(Drawing.FRAME);
            g.draw(new Line2D.Double(x, bottom, x, bottom + tickLength));
            g.setColor(Drawing.TEXT);
            Drawing.drawCentered(g, tick.label(), x, bottom + tickLength + style.px(3) + tickMetrics.getAscent());
        }
        for (Axis.Tick tick : layout.yAxis().majorTicks()) {
            double y = layout.yPixel(tick.value());
            g.setColor(Drawing.FRAME);
            g.draw(new Line2D.Double(plot.x - tickLength, y, plot.x, y));
            g.setColor(Drawing.TEXT);
            Drawing.drawRightAligned(g, tick.label(), plot.x - tickLength - style.px(3),
                    Drawing.baselineCenteredOn(tickMetrics, y));
        }
    }

    private void drawTitleAndAxisLabels(Graphics2D g, Layout layout, int width, int height) {
        Style style = layout.style();
        Rectangle plot = layout.plot();
        int pad = style.px(10);
        g.setColor(Drawing.TEXT);

        g.setFont(style.titleFont());
        FontMetrics titleMetrics = g.getFontMetrics();
        String fittedTitle = Drawing.fit(titleMetrics, title, width - 2 * pad);
        int titleWidth = titleMetrics.stringWidth(fittedTitle);
        // Centered over the plot area, but shifted rather than cut if it is wider than that.
        double titleLeft = Math.max(pad, Math.min(plot.getCenterX() - titleWidth / 2.0, width - pad - titleWidth));
        Drawing.drawText(g, fittedTitle, titleLeft, pad + titleMetrics.getAscent());

        g.setFont(style.labelFont());
        FontMetrics labelMetrics = g.getFontMetrics();
        Drawing.drawCentered(g, Drawing.fit(labelMetrics, xLabel, plot.width), plot.getCenterX(),
                height - pad - labelMetrics.getDescent());
        Drawing.drawVertical(g, Drawing.fit(labelMetrics, yLabel, plot.height), pad + labelMetrics.getAscent(),
                plot.getCenterY());
    }

    private void drawLegend(Graphics2D g, Layout layout) {
        List<String> labels = layout.legendLabels();
        if (labels.isEmpty()) {
            return;
        }
        Style style = layout.style();
        Rectangle box = layout.legend();
        g.setColor(Drawing.BACKGROUND);
        g.fill(box);
        g.setColor(Drawing.GRID.darker());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);

        int inset = style.px(8);
        int sampleWidth = style.px(28);
        g.setFont(style.legendFont());
        FontMetrics metrics = g.getFontMetrics();
        for (int row = 0; row < labels.size(); row++) {
            double centerY = box.y + inset + (row + 0.5) * layout.legendRowHeight();
            double sampleLeft = box.x + inset;
            double sampleCenter = sampleLeft + sampleWidth / 2.0;
            if (row < seriesList.size()) {
                g.setColor(seriesColor(row));
                g.setStroke(seriesStroke(style));
                g.draw(new Line2D.Double(sampleLeft, centerY, sampleLeft + sampleWidth, centerY));
                g.fill(markerShape(row, sampleCenter, centerY, style.px(8)));
            } else {
                double halfHeight = style.px(12) / 2.0;
                g.setColor(markerSetColor(row - seriesList.size()));
                g.setStroke(markerSetStroke(style));
                g.draw(new Line2D.Double(sampleCenter, centerY - halfHeight, sampleCenter, centerY + halfHeight));
            }
            g.setColor(Drawing.TEXT);
            Drawing.drawText(g, labels.get(row), sampleLeft + sampleWidth + style.px(6),
                    Drawing.baselineCenteredOn(metrics, centerY));
        }
    }

    private static Stroke seriesStroke(Style style) {
        return new BasicStroke(1.8f * style.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Stroke markerSetStroke(Style style) {
        return new BasicStroke(2f * style.scale(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    private static Color markerSetColor(int index) {
        return MARKER_SET_COLORS[index % MARKER_SET_COLORS.length];
    }

    /**
     * The marker of series {@code index} centered on (x, y): circle, square, triangle up, diamond,
     * triangle down, in turn. Sizes are tuned so the shapes look equally heavy.
     */
    private static Shape markerShape(int index, double x, double y, double size) {
        double r = size / 2;
        return switch (index % MARKER_SHAPE_COUNT) {
            case 0 -> new Ellipse2D.Double(x - r, y - r, size, size);
            case 1 -> new Rectangle2D.Double(x - 0.85 * r, y - 0.85 * r, 1.7 * r, 1.7 * r);
            case 2 -> polygon(x, y - 1.15 * r, x + 1.1 * r, y + 0.85 * r, x - 1.1 * r, y + 0.85 * r);
            case 3 -> polygon(x, y - 1.2 * r, x + 1.2 * r, y, x, y + 1.2 * r, x - 1.2 * r, y);
            default -> polygon(x, y + 1.15 * r, x + 1.1 * r, y - 0.85 * r, x - 1.1 * r, y - 0.85 * r);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            path.lineTo(xy[k], xy[k + 1]);
        }
        path.closePath();
        return path;
    }
}
