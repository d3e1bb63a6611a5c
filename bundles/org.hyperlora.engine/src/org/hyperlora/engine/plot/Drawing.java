package org.hyperlora.engine.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.hyperlora.engine.io.AtomicFiles;

/** Colors and text placement shared by the charts. */
final class Drawing {

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color FRAME = new Color(0x444444);
    static final Color GRID = new Color(0xE3E3E3);

    private static final String ELLIPSIS = "\u2026";

    private Drawing() {
    }

    /** Writes the image as a PNG file, atomically (a reader never sees half an image). */
    static void writePng(RenderedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("javax.imageio has no PNG writer");
            }
        });
    }

    /** A white opaque image and a graphics context on it with anti-aliasing on; dispose the context. */
    static Graphics2D openWhiteCanvas(BufferedImage image) {
        Graphics2D g = withQualityHints(image.createGraphics());
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /**
     * A context for measuring text before the image size or layout is known. It has the same hints as
     * the drawing context, because fractional metrics change string widths.
     */
    static Graphics2D openMeasuringContext() {
        return withQualityHints(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics());
    }

    private static Graphics2D withQualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Draws text left-aligned at {@code left}, in the current font and color. */
    static void drawText(Graphics2D g, String text, double left, double baseline) {
        g.drawString(text, (float) left, (float) baseline);
    }

    static void drawCentered(Graphics2D g, String text, double centerX, double baseline) {
        drawText(g, text, centerX - g.getFontMetrics().stringWidth(text) / 2.0, baseline);
    }

    static void drawRightAligned(Graphics2D g, String text, double right, double baseline) {
        drawText(g, text, right - g.getFontMetrics().stringWidth(text), baseline);
    }

    /**
     * Draws text rotated to read bottom to top, centered on {@code centerY}; the glyphs extend to the
     * left of {@code baselineX} by the font's ascent.
     */
    static void drawVertical(Graphics2D g, String text, double baselineX, double centerY) {
        AffineTransform saved = g.getTransform();
        g.translate(baselineX, centerY);
        g.rotate(-Math.PI / 2);
        drawCentered(g, text, 0, 0);
        g.setTransform(saved);
    }

    /** The baseline that centers a line of text vertically on {@code centerY}. */
    static double baselineCenteredOn(FontMetrics metrics, double centerY) {
        return centerY + (metrics.getAscent() - metrics.getDescent()) / 2.0;
    }

    /** The text, shortened with an ellipsis if it is wider than {@code maxWidth}. */
    static String fit(FontMetrics metrics, String text, double maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        for (int length = text.length() - 1; length > 0; length--) {
            String shortened = text.substring(0, length) + ELLIPSIS;
            if (metrics.stringWidth(shortened) <= maxWidth) {
                return shortened;
            }
        }
        return ELLIPSIS;
    }
}
