package org.hyperlora.nd4j.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Which of OpenBLAS's kernels the GEMMs run on. The embedded OpenBLAS 0.3.19 predates AMD Zen 4 and picks its AVX2
 * ("Haswell") kernels there, although the processor runs the AVX-512 ("SkylakeX") ones: measured on this project's
 * 2-core Zen 4 machine, a single-threaded 4000×64 by 64×64 DGEMM runs at 48 GFLOP/s with the first and 73 GFLOP/s
 * with the second. OpenBLAS reads its choice from the environment variable {@code OPENBLAS_CORETYPE} when it loads,
 * so it is set in this process, before the first load, when the processor has what the SkylakeX kernels use and
 * the user has not chosen.
 */
public final class BlasKernels {

    /** The environment variable OpenBLAS reads (a user's setting is always kept). */
    public static final String CORE_TYPE = "OPENBLAS_CORETYPE";
    /** The CPU flags OpenBLAS requires for its SkylakeX kernels. */
    static final Set<String> SKYLAKEX_FLAGS = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    private static String chosen = "OpenBLAS's own detection";

    private BlasKernels() {
    }

    /** What decided the kernels, for diagnostics ({@code hyperlora info}). */
    public static synchronized String chosen() {
        return chosen;
    }

    /** Sets {@link #CORE_TYPE} for this process where that helps; call before OpenBLAS loads. */
    public static synchronized void chooseBeforeLoading() {
        String given = System.getenv(CORE_TYPE);
        if (given != null && !given.isBlank()) {
            chosen = CORE_TYPE + "=" + given + " (given)";
            return;
        }
        if (!hasAll(cpuFlags(), SKYLAKEX_FLAGS)) {
            return;
        }
        try {
            if (C.LIBRARY.setenv(CORE_TYPE, "SkylakeX", 0) == 0) {
                chosen = CORE_TYPE + "=SkylakeX (AVX-512)";
            }
        } catch (RuntimeException | LinkageError e) {
            // no way to set it here (JNA cannot load): OpenBLAS decides alone, slower but correct
            chosen = "OpenBLAS's own detection (" + CORE_TYPE + " could not be set: " + e.getMessage() + ")";
        }
    }

    static boolean hasAll(Set<String> flags, Set<String> required) {
        return flags.containsAll(required);
    }

    /** The first processor's flags from /proc/cpuinfo (empty where there is none). */
    static Set<String> cpuFlags() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("flags")) {
                    return Set.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: no flags known
        }
        return Set.of();
    }

    /** The C library's setenv. */
    private interface C extends Library {
        C LIBRARY = Native.loadLibrary("c", C.class);

        int setenv(String name, String value, int overwrite);
    }
}
