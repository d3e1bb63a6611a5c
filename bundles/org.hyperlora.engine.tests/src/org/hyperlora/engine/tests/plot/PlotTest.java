package org.hyperlora.engine.tests.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.hyperlora.engine.plot.FieldPanels;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.engine.plot.Viridis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int PANEL_WIDTH = 300;
    private static final int PANEL_HEIGHT = 260;

    @TempDir
    Path directory;

    @Test
    void lineChartPngHasRequestedSizeAndShowsEachSeriesColorInThePlotArea() throws IOException {
        LineChart chart = new LineChart("error vs Re", "Re", "relative L2 error").logY(true)
                .addSeries("LoRA", new double[] {20, 40, 60, 80}, new double[] {1e-3, 2e-3, 5e-3, 1e-2})
                .addSeries("full", new double[] {20, 40, 60, 80}, new double[] {1e-2, 3e-2, 2e-2, 1e-1})
                .addMarkers("training values", new double[] {20, 50, 80});
        Path file = directory.resolve("nested/dir/chart.png");

        chart.writePng(file, WIDTH, HEIGHT);

        BufferedImage image = read(file);
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Rectangle plot = chart.plotArea(WIDTH, HEIGHT);
        assertTrue(countPixels(image, plot, LineChart.seriesColor(0)) > 50);
        assertTrue(countPixels(image, plot, LineChart.seriesColor(1)) > 50);
    }

    @Test
    void seriesOfOnlyNanIsListedInTheLegendButDrawsNothingInThePlotArea() throws IOException {
        LineChart chart = new LineChart("t", "x", "y")
                .addSeries("good", new double[] {1, 2, 3}, new double[] {1, 4, 9})
                .addSeries("broken", new double[] {1, 2, 3}, new double[] {Double.NaN, Double.NaN, Double.NaN});
        Path file = directory.resolve("nan.png");

        chart.writePng(file, WIDTH, HEIGHT);

        BufferedImage image = read(file);
        Rectangle plot = chart.plotArea(WIDTH, HEIGHT);
        Rectangle whole = new Rectangle(0, 0, WIDTH, HEIGHT);
        Color broken = LineChart.seriesColor(1);
        assertTrue(countPixels(image, plot, LineChart.seriesColor(0)) > 50);
        assertEquals(0, countPixels(image, plot, broken));
        assertTrue(countPixels(image, whole, broken) > 10, "legend sample of the broken series");
    }

    @Test
    void logAxesSkipNonPositiveAndInfiniteValuesWithoutFailing() throws IOException {
        LineChart chart = new LineChart("t", "x", "y").logX(true).logY(true)
                .addSeries("mixed", new double[] {1, 10, 100, Double.POSITIVE_INFINITY, -5},
                        new double[] {0, 1e-3, 1e-2, 1, 1})
                .addMarkers("markers", new double[] {Double.NaN, 0, 30});
        Path file = directory.resolve("log.png");

        chart.writePng(file, WIDTH, HEIGHT);

        assertTrue(countPixels(read(file), chart.plotArea(WIDTH, HEIGHT), LineChart.seriesColor(0)) > 50);
    }

    @Test
    void singlePointWithZeroRangeSitsInTheMiddleOfThePlotOnBothAxisKinds() {
        for (boolean logarithmic : new boolean[] {false, true}) {
            LineChart chart = new LineChart("t", "x", "y").logX(logarithmic).logY(logarithmic)
                    .addSeries("one", new double[] {5}, new double[] {5});

            BufferedImage image = chart.render(WIDTH, HEIGHT);

            Rectangle plot = chart.plotArea(WIDTH, HEIGHT);
            int center = image.getRGB((int) plot.getCenterX(), (int) plot.getCenterY()) & 0xFFFFFF;
            assertEquals(LineChart.seriesColor(0).getRGB() & 0xFFFFFF, center, "log axes: " + logarithmic);
        }
    }

    @Test
    void extremeFiniteValuesAreDrawnInsideAFramedPlot() {
        double huge = Double.MAX_VALUE;
        double[][] xs = {{-huge, huge}, {Double.MIN_VALUE, 2 * Double.MIN_VALUE}, {1, Math.nextUp(1.0)}};
        for (double[] x : xs) {
            for (boolean logarithmic : new boolean[] {false, true}) {
                LineChart chart = new LineChart("t", "x", "y").logX(logarithmic).logY(logarithmic)
                        .addSeries("extreme", x, new double[] {Double.MIN_VALUE, huge});
                BufferedImage image = chart.render(WIDTH, HEIGHT);
                Rectangle plot = chart.plotArea(WIDTH, HEIGHT);
                String what = "x " + x[0] + ".." + x[1] + (logarithmic ? ", log axes" : "");
                assertTrue(inkOnRow(image, plot, plot.y) > plot.width / 2, "frame drawn: " + what);
                // on log axes x <= 0 has no place: only the points with positive x are drawn
                if (!logarithmic || x[0] > 0) {
                    assertTrue(countPixels(image, plot, LineChart.seriesColor(0)) > 0, "series drawn: " + what);
                }
            }
        }
        FieldPanels panels = new FieldPanels("t", "x", "y", -huge, huge, 0, Double.MIN_VALUE)
                .add("extreme", new double[] {-huge, huge}, 2, 1, 0);
        BufferedImage image = panels.render(PANEL_WIDTH, PANEL_HEIGHT);
        Rectangle plot = panels.plotArea(0, PANEL_WIDTH, PANEL_HEIGHT);
        assertEquals(Viridis.BOTTOM, rgb(image, plot.x, (int) plot.getCenterY()), "left node: the smallest value");
        assertEquals(Viridis.TOP, rgb(image, (int) plot.getMaxX() - 1, (int) plot.getCenterY()), "right node: the largest");
    }

    @Test
    void emptyChartDrawsItsFrameAndNoSeries() {
        LineChart chart = new LineChart("nothing yet", "x", "y").logY(true);
        BufferedImage image = chart.render(WIDTH, HEIGHT);
        Rectangle plot = chart.plotArea(WIDTH, HEIGHT);
        assertTrue(inkOnRow(image, plot, plot.y) > plot.width / 2, "top edge of the frame");
        int bottom = (int) plot.getMaxY();
        assertTrue(Math.max(inkOnRow(image, plot, bottom - 1), inkOnRow(image, plot, bottom)) > plot.width / 2,
                "bottom edge of the frame");
        assertEquals(0, countPixels(image, plot, LineChart.seriesColor(0)));
        assertTrue(inkOnRow(image, plot, (int) plot.getCenterY()) < plot.width / 4, "the plot area is empty");
    }

    @Test
    void seriesWithMismatchedLengthsIsRejectedByName() {
        LineChart chart = new LineChart("t", "x", "y");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> chart.addSeries("LoRA", new double[5], new double[4]));
        assertTrue(error.getMessage().contains("'LoRA' has 5 x values but 4 y values"), error.getMessage());
    }

    @Test
    void tooSmallChartIsRejected() {
        LineChart chart = new LineChart("t", "x", "y");
        assertThrows(IllegalArgumentException.class, () -> chart.writePng(directory.resolve("a.png"), 50, 40));
    }

    @Test
    void fieldOfConstantGroupMaximumShowsTheTopColormapColor() throws IOException {
        int nx = 4;
        int ny = 3;
        FieldPanels panels = new FieldPanels("fields", "x", "y", 0, 1, 0, 1)
                .add("ramp", grid(nx, ny, (x, y) -> x), nx, ny, 0)
                .add("constant max", grid(nx, ny, (x, y) -> 1), nx, ny, 0);
        Path file = directory.resolve("fields.png");

        panels.writePng(file, PANEL_WIDTH, PANEL_HEIGHT);

        BufferedImage image = read(file);
        assertEquals(2 * PANEL_WIDTH, image.getWidth());
        assertTrue(image.getHeight() > PANEL_HEIGHT, "a title line above the panels");
        Rectangle plot = panels.plotArea(1, PANEL_WIDTH, PANEL_HEIGHT);
        assertTrue(plot.x >= PANEL_WIDTH && plot.getMaxX() <= 2 * PANEL_WIDTH, "second panel lies in its cell");
        assertEquals(Viridis.TOP, rgb(image, (int) plot.getCenterX(), (int) plot.getCenterY()));
    }

    @Test
    void xGrowsToTheRightAndYGrowsUpward() throws IOException {
        int nx = 20;
        int ny = 10;
        FieldPanels panels = new FieldPanels("fields", "x", "y", -1, 1, 0, 2)
                .add("field = x", grid(nx, ny, (x, y) -> x), nx, ny, 0)
                .add("field = y", grid(nx, ny, (x, y) -> y), nx, ny, 1);
        Path file = directory.resolve("orientation.png");

        panels.writePng(file, PANEL_WIDTH, PANEL_HEIGHT);

        BufferedImage image = read(file);
        Rectangle xPlot = panels.plotArea(0, PANEL_WIDTH, PANEL_HEIGHT);
        int middleRow = (int) xPlot.getCenterY();
        assertEquals(Viridis.BOTTOM, rgb(image, xPlot.x, middleRow), "left edge shows x = xMin");
        assertEquals(Viridis.TOP, rgb(image, (int) xPlot.getMaxX() - 1, middleRow), "right edge shows x = xMax");

        Rectangle yPlot = panels.plotArea(1, PANEL_WIDTH, PANEL_HEIGHT);
        int middleColumn = (int) yPlot.getCenterX();
        assertEquals(Viridis.BOTTOM, rgb(image, middleColumn, (int) yPlot.getMaxY() - 1), "bottom shows y = yMin");
        assertEquals(Viridis.TOP, rgb(image, middleColumn, yPlot.y), "top shows y = yMax");
    }

    @Test
    void panelWithWrongValueCountIsRejectedByName() {
        FieldPanels panels = new FieldPanels("t", "x", "y", 0, 1, 0, 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> panels.add("exact", new double[10], 4, 3, 0));
        assertTrue(error.getMessage().contains("'exact' has 10 values, expected 4\u00d73 = 12"), error.getMessage());
    }

    @Test
    void emptyOrReversedFieldRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FieldPanels("t", "x", "y", 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FieldPanels("t", "x", "y", 0, 1, 2, Double.NaN));
    }

    @Test
    void nanNodesShowTheMissingColourAndFiniteOnesTheColormap() {
        // nodes (x, y): (0, 0) NaN, (0, 1) = 1, (1, 0) = 2, (1, 1) = 3
        double[] withNan = {Double.NaN, 1, 2, 3};
        FieldPanels panels = new FieldPanels("t", "x", "y", 0, 1, 0, 1)
                .add("some NaN", withNan, 2, 2, 0)
                .add("all NaN", new double[] {Double.NaN, Double.NaN}, 1, 2, 1);
        BufferedImage image = panels.render(PANEL_WIDTH, PANEL_HEIGHT);
        Rectangle some = panels.plotArea(0, PANEL_WIDTH, PANEL_HEIGHT);
        int left = some.x + 2;
        int right = (int) some.getMaxX() - 3;
        int bottom = (int) some.getMaxY() - 3;
        int top = some.y + 2;
        assertEquals(FieldPanels.MISSING_VALUE_RGB, rgb(image, left, bottom), "the NaN node");
        assertEquals(Viridis.BOTTOM, rgb(image, left, top), "the smallest finite value");
        assertEquals(Viridis.TOP, rgb(image, right, top), "the largest finite value");
        Rectangle none = panels.plotArea(1, PANEL_WIDTH, PANEL_HEIGHT);
        assertEquals(FieldPanels.MISSING_VALUE_RGB, rgb(image, (int) none.getCenterX(), (int) none.getCenterY()),
                "a group without any finite value");
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        LineChart chart = new LineChart("t", "x", "y").addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        Path file = directory.resolve("chart.png");

        chart.writePng(file, WIDTH, HEIGHT);
        chart.writePng(file, WIDTH + 100, HEIGHT);

        assertEquals(WIDTH + 100, read(file).getWidth());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
            assertEquals(List.of("chart.png"), names);
        }
    }

    private interface Field {
        double at(double x, double y);
    }

    /** Values at the nodes of an nx × ny grid over the unit square, laid out as FieldPanels expects. */
    private static double[] grid(int nx, int ny, Field field) {
        double[] values = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                values[i * ny + j] = field.at(i / (nx - 1.0), j / (ny - 1.0));
            }
        }
        return values;
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a readable image: " + file);
        return image;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Pixels of row y inside the area that are not white. */
    private static int inkOnRow(BufferedImage image, Rectangle area, int y) {
        int count = 0;
        for (int x = area.x; x < area.getMaxX(); x++) {
            if (rgb(image, x, y) != 0xFFFFFF) {
                count++;
            }
        }
        return count;
    }

    private static int countPixels(BufferedImage image, Rectangle area, Color color) {
        int wanted = color.getRGB() & 0xFFFFFF;
        int count = 0;
        for (int y = area.y; y < area.getMaxY(); y++) {
            for (int x = area.x; x < area.getMaxX(); x++) {
                if (rgb(image, x, y) == wanted) {
                    count++;
                }
            }
        }
        return count;
    }

}
