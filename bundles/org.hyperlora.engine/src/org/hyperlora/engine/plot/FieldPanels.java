package org.hyperlora.engine.plot;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A row of heat maps of 2-D fields over the same rectangle, written as a PNG, e.g. the exact and
 * predicted solution and their difference at one parameter value:
 *
 * <pre>{@code
 * FieldPanels panels = new FieldPanels("Burgers nu=0.0032: u", "x", "t", -1, 1, 0, 1);
 * panels.add("exact u", exact, nx, nt, 0);
 * panels.add("predicted u", predicted, nx, nt, 0); // same scale group: same colors for same values
 * panels.add("|error|", error, nx, nt, 1);
 * panels.writePng(Path.of("report/burgers-worst.png"), 360, 300);
 * }</pre>
 *
 * Each panel shows its field in the viridis colormap with a color bar labeled with the range of its
 * scale group. Fields are sampled on regular grids whose nodes include the rectangle's corners; every
 * pixel takes the value of the nearest node, so the picture shows the data without smoothing.
 * Non-finite values are drawn light gray and do not count for the color range; a group whose values
 * are all equal is drawn in the middle color. Drawing happens on an off-screen image, so it works
 * headless. Not thread-safe.
 */
public final class FieldPanels {

    /** The colour of nodes without a finite value (RGB). */
    public static final int MISSING_VALUE_RGB = 0xD9D9D9;
    private static final String NO_DATA_LABEL = "n/a";
    private static final int MIN_PANEL_WIDTH = 160;
    private static final int MIN_PANEL_HEIGHT = 140;
    /** Shorter panel side up to which sizes are nominal; larger panels scale fonts and strokes. */
    private static final int REFERENCE_SIZE = 320;

    private record Panel(String title, double[] values, int nx, int ny, int scaleGroup) {

        double value(int i, int j) {
            return values[i * ny + j];
        }
    }

    /** The values mapped to the ends of the colormap; NaN ends when the group has no finite value. */
    private record ColorRange(double min, double max) {

        double position(double value) {
            // Halves, because max - min overflows for values near +-Double.MAX_VALUE.
            return max > min ? (value / 2 - min / 2) / (max / 2 - min / 2) : 0.5;
        }

        String label(double end) {
            return Double.isNaN(end) ? NO_DATA_LABEL : NumberLabels.value(end);
        }
    }

    /**
     * Where everything goes; all panels share one layout, shifted right by the panel width, so their
     * plot areas line up.
     */
    private record Layout(Style style, int imageHeight, int headerHeight, Rectangle firstPlot, Axis xAxis,
            Axis yAxis, Map<Integer, ColorRange> colorRanges) {

        Rectangle plot(int panelIndex, int panelWidth) {
            Rectangle plot = new Rectangle(firstPlot);
            plot.translate(panelIndex * panelWidth, 0);
            return plot;
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Panel> panels = new ArrayList<>();

    /**
     * Panels over the rectangle [xMin, xMax] × [yMin, yMax], none added yet.
     *
     * @param title  drawn above the row of panels
     * @param xLabel drawn below each panel
     * @param yLabel drawn along the left side of each panel
     * @throws IllegalArgumentException unless the bounds are finite with xMin &lt; xMax and yMin &lt; yMax
     */
    public FieldPanels(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin,
            double yMax) {
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
        requireInterval("x", xMin, xMax);
        requireInterval("y", yMin, yMax);
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    private static void requireInterval(String axis, double min, double max) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s range must be finite with %sMin < %sMax, got [%s, %s]", axis, axis, axis, min, max));
        }
    }

    /**
     * Adds a panel to the right of the existing ones; the values are copied.
     *
     * @param panelTitle drawn above the panel
     * @param values     the field at the grid nodes, {@code values[i * ny + j]} at
     *                   x = xMin + i (xMax - xMin) / (nx - 1) and y = yMin + j (yMax - yMin) / (ny - 1);
     *                   a single node along an axis covers the whole range
     * @param nx         number of grid nodes along x, {@code >= 1}
     * @param ny         number of grid nodes along y, {@code >= 1}
     * @param scaleGroup panels with the same group share one color range (e.g. exact and predicted);
     *                   give a panel a group of its own for its own range
     * @return these panels
     * @throws IllegalArgumentException if the grid is empty or {@code values} does not have nx·ny entries
     */
    public FieldPanels add(String panelTitle, double[] values, int nx, int ny, int scaleGroup) {
        Objects.requireNonNull(panelTitle, "panelTitle");
        Objects.requireNonNull(values, "values");
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "panel '%s' needs at least one node along each axis, got %d\u00d7%d", panelTitle, nx, ny));
        }
        if (values.length != (long) nx * ny) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "panel '%s' has %d values, expected %d\u00d7%d = %d", panelTitle, values.length, nx, ny,
                    (long) nx * ny));
        }
        panels.add(new Panel(panelTitle, values.clone(), nx, ny, scaleGroup));
        return this;
    }

    /**
     * Draws the panels side by side and writes them as a PNG, replacing {@code file} only once the image
     * is complete. Creates missing parent directories. The image is {@code panelWidth} times the number
     * of panels wide and {@code panelHeight} plus a title line high.
     *
     * @throws IllegalArgumentException if a panel would be smaller than 160 × 140 pixels
     * @throws IllegalStateException    if no panel was added
     */
    public void writePng(Path file, int panelWidth, int panelHeight) throws IOException {
        Objects.requireNonNull(file, "file");
        Drawing.writePng(render(panelWidth, panelHeight), file);
    }

    /** The panels as an image. */
    public BufferedImage render(int panelWidth, int panelHeight) {
        Layout layout = layout(panelWidth, panelHeight);
        int width = panelWidth * panels.size();
        BufferedImage image = new BufferedImage(width, layout.imageHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Drawing.openWhiteCanvas(image);
        try {
            drawTitle(g, layout, width);
            for (int k = 0; k < panels.size(); k++) {
                drawPanel(image, g, layout, k, panelWidth);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The pixels showing the field of panel {@code panelIndex}: every pixel inside is painted from the
     * data, the frame lies just outside.
     */
    public Rectangle plotArea(int panelIndex, int panelWidth, int panelHeight) {
        Objects.checkIndex(panelIndex, panels.size());
        return layout(panelWidth, panelHeight).plot(panelIndex, panelWidth);
    }

    private Layout layout(int panelWidth, int panelHeight) {
        if (panels.isEmpty()) {
            throw new IllegalStateException("no panels to draw; add at least one");
        }
        if (panelWidth < MIN_PANEL_WIDTH || panelHeight < MIN_PANEL_HEIGHT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "panel size %d\u00d7%d is too small; need at least %d\u00d7%d", panelWidth, panelHeight,
                    MIN_PANEL_WIDTH, MIN_PANEL_HEIGHT));
        }
        Style style = Style.forSize(panelWidth, panelHeight, REFERENCE_SIZE);
        Graphics2D g = Drawing.openMeasuringContext();
        try {
            FontMetrics titleMetrics = g.getFontMetrics(style.titleFont());
            FontMetrics labelMetrics = g.getFontMetrics(style.labelFont());
            FontMetrics tickMetrics = g.getFontMetrics(style.tickFont());
            int pad = style.px(8);
            int gap = style.px(5);
            int smallGap = style.px(3);
            int tickLength = style.px(4);

            Map<Integer, ColorRange> colorRanges = colorRanges();
            int colorBarLabelWidth = 0;
            for (ColorRange range : colorRanges.values()) {
                colorBarLabelWidth = Math.max(colorBarLabelWidth, Math.max(
                        tickMetrics.stringWidth(range.label(range.min())),
                        tickMetrics.stringWidth(range.label(range.max()))));
            }

            int headerHeight = pad + titleMetrics.getHeight();
            int plotTop = headerHeight + gap + labelMetrics.getHeight() + smallGap;
            int plotBottom = headerHeight + panelHeight - pad - labelMetrics.getHeight() - gap
                    - tickMetrics.getHeight() - smallGap - tickLength;
            Axis yAxis = Axis.fit(new double[] {yMin, yMax}, false, plotBottom - plotTop,
                    label -> tickMetrics.getHeight(), 1.5 * tickMetrics.getHeight());
            int yLabelWidth = yAxis.majorTicks().stream().mapToInt(t -> tickMetrics.stringWidth(t.label())).max()
                    .orElse(0);
            int plotLeft = pad + labelMetrics.getHeight() + gap + yLabelWidth + smallGap + tickLength;
            int plotRight = panelWidth - pad - colorBarLabelWidth - smallGap - colorBarWidth(style)
                    - colorBarGap(style);
            Axis xAxis = Axis.fit(new double[] {xMin, xMax}, false, plotRight - plotLeft, tickMetrics::stringWidth,
                    style.px(14));
            Rectangle firstPlot = new Rectangle(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
            return new Layout(style, headerHeight + panelHeight, headerHeight, firstPlot, xAxis, yAxis, colorRanges);
        } finally {
            g.dispose();
        }
    }

    private static int colorBarWidth(Style style) {
        return style.px(12);
    }

    private static int colorBarGap(Style style) {
        return style.px(10);
    }

    private Map<Integer, ColorRange> colorRanges() {
        Map<Integer, double[]> extremes = new HashMap<>();
        for (Panel panel : panels) {
            double[] minMax = extremes.computeIfAbsent(panel.scaleGroup(),
                    group -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            for (double value : panel.values()) {
                if (Double.isFinite(value)) {
                    minMax[0] = Math.min(minMax[0], value);
                    minMax[1] = Math.max(minMax[1], value);
                }
            }
        }
        Map<Integer, ColorRange> ranges = new HashMap<>();
        extremes.forEach((group, minMax) -> ranges.put(group, minMax[0] <= minMax[1]
                ? new ColorRange(minMax[0], minMax[1])
                : new ColorRange(Double.NaN, Double.NaN)));
        return ranges;
    }

    private void drawTitle(Graphics2D g, Layout layout, int width) {
        Style style = layout.style();
        int pad = style.px(8);
        g.setFont(style.titleFont());
        g.setColor(Drawing.TEXT);
        FontMetrics metrics = g.getFontMetrics();
        Drawing.drawCentered(g, Drawing.fit(metrics, title, width - 2 * pad), width / 2.0, pad + metrics.getAscent());
    }

    private void drawPanel(BufferedImage image, Graphics2D g, Layout layout, int index, int panelWidth) {
        Panel panel = panels.get(index);
        ColorRange range = layout.colorRanges().get(panel.scaleGroup());
        Rectangle plot = layout.plot(index, panelWidth);
        Style style = layout.style();
        paintField(image, plot, panel, range);

        g.setColor(Drawing.FRAME);
        g.setStroke(new BasicStroke(1f));
        // One pixel outside the field, so that no data pixel is covered.
        g.drawRect(plot.x - 1, plot.y - 1, plot.width + 1, plot.height + 1);
        drawTicks(g, layout, plot);

        g.setColor(Drawing.TEXT);
        g.setFont(style.labelFont());
        FontMetrics labelMetrics = g.getFontMetrics();
        int cellLeft = index * panelWidth;
        int pad = style.px(8);
        Drawing.drawCentered(g, Drawing.fit(labelMetrics, panel.title(), panelWidth - 2 * pad), plot.getCenterX(),
                plot.y - style.px(3) - labelMetrics.getDescent() - 1);
        Drawing.drawCentered(g, Drawing.fit(labelMetrics, xLabel, plot.width), plot.getCenterX(),
                layout.imageHeight() - pad - labelMetrics.getDescent());
        Drawing.drawVertical(g, Drawing.fit(labelMetrics, yLabel, plot.height),
                cellLeft + pad + labelMetrics.getAscent(), plot.getCenterY());

        drawColorBar(image, g, layout, plot, range);
    }

    /**
     * Paints each pixel with the value of the nearest grid node; y grows upward. The nodes' colors are computed once
     * and rows written whole: interactive views redraw this on every slider step.
     */
    private static void paintField(BufferedImage image, Rectangle plot, Panel panel, ColorRange range) {
        int[] nodeColors = new int[panel.values().length];
        for (int k = 0; k < nodeColors.length; k++) {
            double value = panel.values()[k];
            nodeColors[k] = Double.isFinite(value) ? Viridis.rgb(range.position(value)) : MISSING_VALUE_RGB;
        }
        int[] columnNode = new int[plot.width];
        for (int column = 0; column < plot.width; column++) {
            double xFraction = (column + 0.5) / plot.width;
            columnNode[column] = (int) Math.round(xFraction * (panel.nx() - 1)) * panel.ny();
        }
        int[] row = new int[plot.width];
        for (int r = 0; r < plot.height; r++) {
            double yFraction = 1 - (r + 0.5) / plot.height;
            int j = (int) Math.round(yFraction * (panel.ny() - 1));
            for (int column = 0; column < plot.width; column++) {
                row[column] = nodeColors[columnNode[column] + j];
            }
            image.setRGB(plot.x, plot.y + r, plot.width, 1, row, 0, plot.width);
        }
    }

    private static void drawTicks(Graphics2D g, Layout layout, Rectangle plot) {
        Style style = layout.style();
        int tickLength = style.px(4);
        int smallGap = style.px(3);
        g.setFont(style.tickFont());
        FontMetrics metrics = g.getFontMetrics();
        double bottom = plot.getMaxY();
        for (Axis.Tick tick : layout.xAxis().majorTicks()) {
            double x = plot.x + layout.xAxis().fraction(tick.value()) * plot.width;
            g.setColor(Drawing.FRAME);
            g.draw(new Line2D.Double(x, bottom, x, bottom + tickLength));
            g.setColor(Drawing.TEXT);
            Drawing.drawCentered(g, tick.label(), x, bottom + tickLength + smallGap + metrics.getAscent());
        }
        for (Axis.Tick tick : layout.yAxis().majorTicks()) {
            double y = plot.y + (1 - layout.yAxis().fraction(tick.value())) * plot.height;
            g.setColor(Drawing.FRAME);
            g.draw(new Line2D.Double(plot.x - 1 - tickLength, y, plot.x - 1, y));
            g.setColor(Drawing.TEXT);
            Drawing.drawRightAligned(g, tick.label(), plot.x - 1 - tickLength - smallGap,
                    Drawing.baselineCenteredOn(metrics, y));
        }
    }

    /** A vertical color bar right of the plot, as tall as it, labeled with the range at its ends. */
    private static void drawColorBar(BufferedImage image, Graphics2D g, Layout layout, Rectangle plot,
            ColorRange range) {
        Style style = layout.style();
        Rectangle bar = new Rectangle((int) plot.getMaxX() + colorBarGap(style), plot.y, colorBarWidth(style),
                plot.height);
        for (int row = 0; row < bar.height; row++) {
            int rgb = Viridis.rgb(1 - (row + 0.5) / bar.height);
            for (int column = 0; column < bar.width; column++) {
                image.setRGB(bar.x + column, bar.y + row, rgb);
            }
        }
        g.setColor(Drawing.FRAME);
        g.drawRect(bar.x - 1, bar.y - 1, bar.width + 1, bar.height + 1);

        g.setColor(Drawing.TEXT);
        g.setFont(style.tickFont());
        FontMetrics metrics = g.getFontMetrics();
        double labelLeft = bar.getMaxX() + style.px(3);
        Drawing.drawText(g, range.label(range.max()), labelLeft, bar.y + metrics.getAscent() - metrics.getDescent());
        Drawing.drawText(g, range.label(range.min()), labelLeft, bar.getMaxY());
    }
}
