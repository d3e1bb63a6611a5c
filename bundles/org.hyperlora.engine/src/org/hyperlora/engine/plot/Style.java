package org.hyperlora.engine.plot;

import java.awt.Font;

/**
 * Font sizes and lengths of one picture. They grow with the picture so that large images written for
 * print do not end up with tiny labels.
 *
 * @param scale factor applied to every nominal size in pixels, {@code >= 1}
 */
record Style(float scale) {

    /** A logical family, so it resolves on every JRE (headless included) to whatever font is installed. */
    private static final String FONT_FAMILY = "SansSerif";

    /** Scale 1 while the shorter side is at most {@code referenceSize} pixels, proportional beyond. */
    static Style forSize(int width, int height, int referenceSize) {
        return new Style(Math.max(1f, Math.min(width, height) / (float) referenceSize));
    }

    /** A nominal length in pixels, scaled and rounded. */
    int px(double nominal) {
        return (int) Math.round(nominal * scale);
    }

    Font titleFont() {
        return font(Font.BOLD, 15);
    }

    Font labelFont() {
        return font(Font.PLAIN, 13);
    }

    Font legendFont() {
        return font(Font.PLAIN, 12);
    }

    Font tickFont() {
        return font(Font.PLAIN, 11);
    }

    private Font font(int style, int nominalSize) {
        return new Font(FONT_FAMILY, style, px(nominalSize));
    }
}
