package org.hyperlora.engine.nn;

/**
 * Where a training step's time goes, for the step benchmark: nanoseconds spent in GEMMs and in the network's
 * elementwise work (activations, derivative streams and their adjoints), counted on the thread that asks (a
 * network's first shard runs on the calling thread, so its figures are one shard's share of the step). Off unless
 * a benchmark turns it on; when off, it costs one volatile read per network pass.
 */
public final class StepTimes {

    private static volatile boolean enabled;
    private static final ThreadLocal<long[]> TIMES = ThreadLocal.withInitial(() -> new long[2]);
    private static final int GEMM = 0;
    private static final int NETWORK = 1;

    private StepTimes() {
    }

    /** Starts (or stops) counting on every thread, from zero on the calling one. */
    public static void enable(boolean on) {
        reset();
        enabled = on;
    }

    /** Zeroes the calling thread's counts. */
    public static void reset() {
        long[] times = TIMES.get();
        times[GEMM] = 0;
        times[NETWORK] = 0;
    }

    /** Nanoseconds of GEMMs on the calling thread since the last reset. */
    public static long gemmNanos() {
        return TIMES.get()[GEMM];
    }

    /** Nanoseconds of network passes (GEMMs included) on the calling thread since the last reset. */
    public static long networkNanos() {
        return TIMES.get()[NETWORK];
    }

    static boolean enabled() {
        return enabled;
    }

    static void addGemm(long nanos) {
        TIMES.get()[GEMM] += nanos;
    }

    static void addNetwork(long nanos) {
        TIMES.get()[NETWORK] += nanos;
    }
}
