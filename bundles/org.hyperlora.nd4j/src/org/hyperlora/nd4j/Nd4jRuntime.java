package org.hyperlora.nd4j;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hyperlora.nd4j.internal.BlasKernels;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * The one entry point that makes ND4J usable: call {@link #initialize()} before the first ND4J call.
 * <p>
 * Inside OSGi, ND4J finds its backend through {@link java.util.ServiceLoader} and reflection on the class
 * loader held by {@link ND4JClassLoading}; javacpp extracts the native libraries from the embedded jars
 * into a cache directory. Both must see this bundle's flat class space, so initialization points
 * ND4JClassLoading and the thread context class loader at this bundle's loader for the first load.
 * Outside OSGi (plain jar on a class path) the same code works unchanged.
 * <p>
 * A native load failure becomes a {@link NativeBackendException} naming the platform and what is
 * missing, instead of a bare {@link UnsatisfiedLinkError} deep inside a static initializer.
 */
public final class Nd4jRuntime {

    /** The only platform whose native jars this bundle embeds. */
    public static final String SUPPORTED_PLATFORM = "linux-x86_64";

    /** System property javacpp reads for the directory it extracts native libraries into. */
    public static final String JAVACPP_CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    /**
     * Native libraries that must be on the class path for {@link #SUPPORTED_PLATFORM}, each with the
     * embedded jar that provides it (named in error messages so a user knows what is missing).
     */
    static final List<NativeResource> REQUIRED_NATIVES = List.of(
            new NativeResource("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libjnind4jcpu.so",
                    "nd4j-native-1.0.0-M2.1-linux-x86_64.jar"),
            new NativeResource("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libnd4jcpu.so",
                    "nd4j-native-1.0.0-M2.1-linux-x86_64.jar"),
            new NativeResource("org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
                    "openblas-0.3.19-1.5.7-linux-x86_64.jar"),
            new NativeResource("org/bytedeco/openblas/linux-x86_64/libjniopenblas_nolapack.so",
                    "openblas-0.3.19-1.5.7-linux-x86_64.jar"),
            new NativeResource("org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so",
                    "javacpp-1.5.7-linux-x86_64.jar"));

    /** A native library resource and the embedded jar it comes from. */
    record NativeResource(String path, String providingJar) {
    }

    private static volatile Nd4jBackend loadedBackend;

    private Nd4jRuntime() {
    }

    /**
     * Sets the directory javacpp extracts native libraries into, unless the user already chose one with
     * {@code -Dorg.bytedeco.javacpp.cachedir}. Must happen before the first ND4J call to take effect.
     */
    public static void useCacheDirectoryIfUnset(File directory) {
        Objects.requireNonNull(directory, "directory");
        if (System.getProperty(JAVACPP_CACHE_DIR_PROPERTY) == null) {
            directory.mkdirs();
            System.setProperty(JAVACPP_CACHE_DIR_PROPERTY, directory.getAbsolutePath());
        }
    }

    /**
     * Loads ND4J's CPU backend and its native libraries once; later calls return at once.
     *
     * @return the loaded backend
     * @throws NativeBackendException if the platform is unsupported, a native jar is missing, or the
     *                                natives fail to load; the message says which and what to do
     */
    public static Nd4jBackend initialize() {
        Nd4jBackend backend = loadedBackend;
        if (backend != null) {
            return backend;
        }
        synchronized (Nd4jRuntime.class) {
            if (loadedBackend == null) {
                loadedBackend = load();
            }
            return loadedBackend;
        }
    }

    private static Nd4jBackend load() {
        ClassLoader bundleLoader = Nd4jRuntime.class.getClassLoader();
        checkPlatformAndNatives(currentPlatform(), bundleLoader);
        BlasKernels.chooseBeforeLoading();
        ND4JClassLoading.setNd4jClassloader(bundleLoader);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundleLoader);
        try {
            Nd4jBackend backend = Nd4j.getBackend();
            // Touch the native ops so that a load failure surfaces here, not at some later first use.
            Nd4j.getExecutioner();
            Nd4j.create(new double[] { 1.0 }).addi(1.0);
            return backend;
        } catch (Throwable failure) {
            throw explainLoadFailure(currentPlatform(), failure);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Which OpenBLAS kernels the GEMMs run on and why (see {@link BlasKernels}). */
    public static String blasKernels() {
        return BlasKernels.chosen();
    }

    /**
     * The platform in javacpp's naming ({@code linux-x86_64}, {@code windows-x86_64}, ...), computed from
     * the JVM's properties without loading javacpp (which would already try to load natives).
     */
    public static String currentPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "").toLowerCase();
        String osName = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") ? "macosx" : os.startsWith("windows") ? "windows" : os.replace(' ', '_');
        String archName = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            case "i386", "i486", "i586", "i686", "x86" -> "x86";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    /**
     * Checks, before anything native is touched, that the platform is the supported one and that every
     * required native library is visible to {@code loader}.
     *
     * @throws NativeBackendException naming the platform and the missing libraries and jars
     */
    public static void checkPlatformAndNatives(String platform, ClassLoader loader) {
        if (!SUPPORTED_PLATFORM.equals(platform)) {
            throw new NativeBackendException("ND4J's native CPU backend is not available for platform '" + platform
                    + "' (os.name=" + System.getProperty("os.name") + ", os.arch=" + System.getProperty("os.arch")
                    + "): this build embeds native libraries for " + SUPPORTED_PLATFORM
                    + " only. Run on " + SUPPORTED_PLATFORM + ", or rebuild org.hyperlora.nd4j with the "
                    + "nd4j-native, javacpp and openblas jars of classifier '" + platform + "'.");
        }
        List<String> missing = new ArrayList<>();
        for (NativeResource resource : REQUIRED_NATIVES) {
            if (loader.getResource(resource.path()) == null) {
                missing.add(resource.path() + " (from " + resource.providingJar() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new NativeBackendException("ND4J's native CPU backend cannot load on " + platform
                    + ": missing native libraries " + String.join(", ", missing)
                    + ". The bundle org.hyperlora.nd4j must embed these jars on its Bundle-ClassPath;"
                    + " rebuild it with './mvnw verify' so the build copies them from Maven Central.");
        }
    }

    /**
     * Turns whatever ND4J or javacpp threw while loading (typically an {@link UnsatisfiedLinkError} wrapped
     * in {@link ExceptionInInitializerError} or a RuntimeException) into one clear message.
     */
    public static NativeBackendException explainLoadFailure(String platform, Throwable failure) {
        if (failure instanceof NativeBackendException alreadyExplained) {
            return alreadyExplained;
        }
        Throwable linkError = failure;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                chain.append(": ").append(t.getMessage());
            }
            if (t instanceof UnsatisfiedLinkError || t instanceof NoClassDefFoundError) {
                linkError = t;
            }
        }
        String what = linkError instanceof UnsatisfiedLinkError
                ? "a native library could not be linked (" + linkError.getMessage() + ")"
                : "the backend failed to initialize";
        String cacheDir = System.getProperty(JAVACPP_CACHE_DIR_PROPERTY,
                System.getProperty("user.home") + File.separator + ".javacpp" + File.separator + "cache");
        return new NativeBackendException("ND4J's native CPU backend failed to load on " + platform + ": " + what
                + ". javacpp extracts the natives into '" + cacheDir + "' (set -D" + JAVACPP_CACHE_DIR_PROPERTY
                + " to a writable directory if that one is not); OpenBLAS and libnd4jcpu need glibc and"
                + " libstdc++ of a current Linux. Cause chain: " + chain, failure);
    }
}
