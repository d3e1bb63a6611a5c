package org.hyperlora.ui.internal;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** The engine draws plots as AWT images (headless, testable); the views show them through SWT. */
public final class SwtImages {

    private SwtImages() {
    }

    /**
     * An AWT image as 24-bit SWT image data: the RGB bytes are written straight into SWT's scan lines (several times
     * faster than setting pixels, which matters for views redrawn as a slider moves).
     */
    public static ImageData of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int bytesPerLine = (width * 3 + 3) / 4 * 4; // SWT pads scan lines to 4 bytes
        byte[] bytes = new byte[bytesPerLine * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            int k = y * bytesPerLine;
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                bytes[k++] = (byte) (rgb >> 16);
                bytes[k++] = (byte) (rgb >> 8);
                bytes[k++] = (byte) rgb;
            }
        }
        return new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF), 4, bytes);
    }
}
