package org.hyperlora.engine.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A linear or logarithmic axis: its range, labeled (major) ticks and unlabeled (minor) ticks, and the
 * mapping of values to a fraction of the axis length.
 */
final class Axis {

    /** A labeled tick. */
    record Tick(double value, String label) {
    }

    /** Mantissas labeled on a logarithmic axis, sorted: powers of ten only, 1-2-5, or every multiple. */
    static final int[] DECADES = {1};
    static final int[] ONE_TWO_FIVE = {1, 2, 5};
    static final int[] EVERY_MULTIPLE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** Most ticks tried on a linear axis; fewer are used when their labels would collide. */
    private static final int MAX_LINEAR_TICKS = 10;
    /** Log ranges spanning at most this many decades also get minor ticks at 2..9 × 10^k. */
    private static final double MAX_DECADES_WITH_INNER_MINOR_TICKS = 6;
    /**
     * Shortest log range, in decades. Any range this long holds two of the ticks at 1, 2 and 5 × 10^k,
     * whose widest pair of neighbouring gaps is log10(2) + log10(2.5) = 0.699 decades.
     */
    private static final double MIN_LOG_SPAN_DECADES = 0.7;
    /** log10 of the smallest and largest positive doubles, roughly; log ranges stay between them. */
    private static final double LOWEST_LOG10 = -323;
    private static final double HIGHEST_LOG10 = 308;
    /** Log axes whose labels all lie in [1, 10^this] print them as plain integers. */
    private static final int MAX_PLAIN_LOG_LABEL_EXPONENT = 3;
    /** Tolerance for ticks that land on the range ends, relative to the range. */
    private static final double EDGE_TOLERANCE = 1e-9;

    private final boolean logarithmic;
    /** Range ends in axis coordinates: the values themselves, or their log10 on a logarithmic axis. */
    private final double low;
    private final double high;
    private final List<Tick> majorTicks;
    private final List<Double> minorTicks;

    private Axis(boolean logarithmic, double low, double high, List<Tick> majorTicks, List<Double> minorTicks) {
        this.logarithmic = logarithmic;
        this.low = low;
        this.high = high;
        this.majorTicks = List.copyOf(majorTicks);
        this.minorTicks = List.copyOf(minorTicks);
    }

    /** Where the value lies, 0 at the low end and 1 at the high end. */
    double fraction(double value) {
        double coordinate = logarithmic ? Math.log10(value) : value;
        // Halves, because high - low overflows for ranges near +-Double.MAX_VALUE.
        return (coordinate / 2 - low / 2) / (high / 2 - low / 2);
    }

    List<Tick> majorTicks() {
        return majorTicks;
    }

    List<Double> minorTicks() {
        return minorTicks;
    }

    /** Whether a value can be placed on an axis of this kind: finite, and positive if logarithmic. */
    static boolean canShow(double value, boolean logarithmic) {
        return Double.isFinite(value) && (!logarithmic || value > 0);
    }

    /**
     * The range {min, max} an axis should cover to show data from {@code dataMin} to {@code dataMax}
     * with a 5% margin, so markers at the extremes are not cut by the frame. Without data
     * ({@code dataMin > dataMax}) it is [0, 1], or [1, 10] if logarithmic; a single value gets a range
     * around it. Ranges stay within the finite doubles. Log ranges span at least 0.7 decades so that
     * they always carry two labeled ticks.
     */
    static double[] paddedRange(double dataMin, double dataMax, boolean logarithmic) {
        if (dataMin > dataMax) {
            return logarithmic ? new double[] {1, 10} : new double[] {0, 1};
        }
        if (logarithmic) {
            double low = Math.log10(dataMin);
            double high = Math.log10(dataMax);
            double margin = 0.05 * (high - low);
            low -= margin;
            high += margin;
            if (high - low < MIN_LOG_SPAN_DECADES) {
                double center = (low + high) / 2;
                low = center - MIN_LOG_SPAN_DECADES / 2;
                high = center + MIN_LOG_SPAN_DECADES / 2;
            }
            // 10^low and 10^high must stay positive and finite: shift a short range that pokes out of the
            // doubles back in, and cut one that is longer than all of them.
            double shift = Math.max(0, LOWEST_LOG10 - low) - Math.max(0, high - HIGHEST_LOG10);
            low = Math.max(LOWEST_LOG10, low + shift);
            high = Math.min(HIGHEST_LOG10, high + shift);
            return new double[] {Math.pow(10, low), Math.pow(10, high)};
        }
        // Margins from halves and clamping keep ranges near +-Double.MAX_VALUE finite.
        double margin = dataMin == dataMax ? (dataMin == 0 ? 1 : 0.1 * Math.abs(dataMin))
                : 0.05 * dataMax - 0.05 * dataMin;
        return new double[] {Math.max(-Double.MAX_VALUE, dataMin - margin),
                Math.min(Double.MAX_VALUE, dataMax + margin)};
    }

    /**
     * The axis over {@code range} with as many labeled ticks as fit: neighbouring labels, whose extent
     * along the axis is given by {@code labelExtent}, keep at least {@code minGap} pixels apart on an
     * axis {@code pixelLength} long. If even the sparsest choice collides, that one is returned.
     */
    static Axis fit(double[] range, boolean logarithmic, double pixelLength, ToDoubleFunction<String> labelExtent,
            double minGap) {
        Axis candidate = null;
        if (logarithmic) {
            // Finer than decades only where decades alone would leave fewer than two labels.
            int[][] mantissaChoices = logarithmic(range[0], range[1], DECADES, 1).majorTicks.size() >= 2
                    ? new int[][] {DECADES}
                    : new int[][] {EVERY_MULTIPLE, ONE_TWO_FIVE};
            for (int[] mantissas : mantissaChoices) {
                for (int stride = 1;; stride++) {
                    Axis sparser = logarithmic(range[0], range[1], mantissas, stride);
                    if (candidate != null && sparser.majorTicks.size() < 2) {
                        break;
                    }
                    candidate = sparser;
                    if (candidate.labelsFit(pixelLength, labelExtent, minGap)) {
                        return candidate;
                    }
                    if (mantissas == EVERY_MULTIPLE) {
                        break; // thinned, they look arbitrary ("3, 5, 7"); 1-2-5 comes next
                    }
                }
            }
            return candidate;
        }
        for (int targetCount = MAX_LINEAR_TICKS; targetCount >= 2; targetCount--) {
            candidate = linear(range[0], range[1], targetCount);
            if (candidate.labelsFit(pixelLength, labelExtent, minGap)) {
                return candidate;
            }
        }
        return candidate;
    }

    private boolean labelsFit(double pixelLength, ToDoubleFunction<String> labelExtent, double minGap) {
        for (int k = 1; k < majorTicks.size(); k++) {
            Tick previous = majorTicks.get(k - 1);
            Tick current = majorTicks.get(k);
            double distance = Math.abs(fraction(current.value()) - fraction(previous.value())) * pixelLength;
            double needed = (labelExtent.applyAsDouble(previous.label()) + labelExtent.applyAsDouble(current.label()))
                    / 2 + minGap;
            if (distance < needed) {
                return false;
            }
        }
        return true;
    }

    /** A linear axis from {@code min} to {@code max} with ticks at multiples of a 1, 2 or 5 × 10^k step. */
    static Axis linear(double min, double max, int targetCount) {
        double step = niceStep(max / targetCount - min / targetCount); // max - min may overflow
        if (!(step > 0 && Double.isFinite(step))) {
            // Spans of a few subnormal doubles round the step to 0; such an axis gets no labels.
            return new Axis(false, min, max, List.of(), List.of());
        }
        // In units of the step, the range is about targetCount long; this bounds the loop below.
        double tolerance = EDGE_TOLERANCE * targetCount;
        long first = (long) Math.ceil(min / step - tolerance);
        long last = (long) Math.floor(max / step + tolerance);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double value = k * step;
            if (Double.isFinite(value)) { // near +-Double.MAX_VALUE the outer multiple can overflow
                ticks.add(new Tick(value, NumberLabels.linearTick(value, step)));
            }
        }
        return new Axis(false, min, max, ticks, List.of());
    }

    /** The smallest 1, 2 or 5 × 10^k that is at least {@code rawStep}. */
    private static double niceStep(double rawStep) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        double fraction = rawStep / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * A logarithmic axis from {@code min} to {@code max} (both positive), labeled at every
     * {@code stride}-th of the values m × 10^k with m in {@code labeledMantissas} (one of the constants
     * of this class; for {@link #DECADES} every decade whose exponent is a multiple of the stride). Other
     * multiples get minor ticks where they are not too dense. Labels read "1e-3", or plain integers
     * ("20", "100") when all labeled ticks lie between 1 and 1e3.
     */
    static Axis logarithmic(double min, double max, int[] labeledMantissas, int stride) {
        double low = Math.log10(min);
        double high = Math.log10(max);
        double tolerance = EDGE_TOLERANCE * (high - low);
        boolean decadesOnly = labeledMantissas == DECADES;
        boolean innerMinorTicks = !decadesOnly || stride == 1 && high - low <= MAX_DECADES_WITH_INNER_MINOR_TICKS;
        List<int[]> labeledPowers = new ArrayList<>(); // {mantissa, exponent}
        List<Double> minor = new ArrayList<>();
        int labelCandidates = 0;
        for (int exponent = (int) Math.floor(low); exponent <= (int) Math.ceil(high); exponent++) {
            for (int mantissa = 1; mantissa <= 9; mantissa++) {
                double coordinate = exponent + Math.log10(mantissa);
                if (coordinate < low - tolerance || coordinate > high + tolerance) {
                    continue;
                }
                boolean labeled = Arrays.binarySearch(labeledMantissas, mantissa) >= 0 && (decadesOnly
                        ? Math.floorMod(exponent, stride) == 0
                        : labelCandidates++ % stride == 0);
                if (labeled) {
                    labeledPowers.add(new int[] {mantissa, exponent});
                } else if (mantissa == 1 || innerMinorTicks) {
                    minor.add(mantissa * Math.pow(10, exponent));
                }
            }
        }
        // Parameter axes such as Re read better as "20, 50, 100"; small values keep the "1e-3" form.
        boolean plainIntegers = labeledPowers.stream()
                .allMatch(power -> power[1] >= 0 && power[1] <= MAX_PLAIN_LOG_LABEL_EXPONENT);
        List<Tick> major = new ArrayList<>();
        for (int[] power : labeledPowers) {
            double value = power[0] * Math.pow(10, power[1]);
            major.add(new Tick(value, plainIntegers ? String.valueOf(Math.round(value))
                    : NumberLabels.powerOfTen(power[0], power[1])));
        }
        return new Axis(true, low, high, major, minor);
    }
}
