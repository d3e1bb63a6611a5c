package org.hyperlora.engine.plot;

/**
 * The viridis colormap (perceptually uniform, readable in gray scale and by color-blind readers),
 * interpolated linearly between ten evenly spaced samples of matplotlib's table.
 */
public final class Viridis {

    /** Colors at t = 0, 1/9, ..., 1, as in R's {@code viridis(10)}. */
    private static final int[] ANCHORS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
            0x6DCD59, 0xB4DE2C, 0xFDE725};

    /** The color of the lowest value. */
    public static final int BOTTOM = ANCHORS[0];
    /** The color of the highest value. */
    public static final int TOP = ANCHORS[ANCHORS.length - 1];

    private Viridis() {
    }

    /** The 0xRRGGBB color at position {@code t}, clamped to [0, 1]. */
    public static int rgb(double t) {
        double position = Math.min(1, Math.max(0, t)) * (ANCHORS.length - 1);
        int lower = Math.min((int) position, ANCHORS.length - 2);
        double weight = position - lower;
        int from = ANCHORS[lower];
        int to = ANCHORS[lower + 1];
        return blend(from >> 16, to >> 16, weight) << 16 | blend(from >> 8, to >> 8, weight) << 8
                | blend(from, to, weight);
    }

    private static int blend(int from, int to, double weight) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * weight);
    }
}
