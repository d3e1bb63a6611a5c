package org.hyperlora.nd4j.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.hyperlora.nd4j.NativeBackendException;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.Test;

/**
 * A native load failure must name the platform and what is missing. The failures are simulated: a
 * class loader that hides the native jars, a foreign platform, and the error chain ND4J produces
 * when the dynamic linker refuses a library.
 */
class NativeLoadFailureTest {

    private static final ClassLoader BUNDLE_LOADER = Nd4jRuntime.class.getClassLoader();

    /** Sees everything the bundle sees except resources under the given prefix (a missing jar). */
    private static ClassLoader hiding(String hiddenPrefix) {
        return new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                return name.startsWith(hiddenPrefix) ? null : BUNDLE_LOADER.getResource(name);
            }
        };
    }

    @Test
    void allNativeLibrariesAreVisibleInTheRealBundle() {
        assertDoesNotThrow(() -> Nd4jRuntime.checkPlatformAndNatives("linux-x86_64", BUNDLE_LOADER));
    }

    @Test
    void missingOpenBlasJarIsNamedWithThePlatform() {
        NativeBackendException error = assertThrows(NativeBackendException.class,
                () -> Nd4jRuntime.checkPlatformAndNatives("linux-x86_64", hiding("org/bytedeco/openblas/")));
        String message = error.getMessage();
        assertTrue(message.contains("linux-x86_64"), message);
        assertTrue(message.contains("libopenblas.so.0"), message);
        assertTrue(message.contains("openblas-0.3.19-1.5.7-linux-x86_64.jar"), message);
        assertTrue(!message.contains("libjnind4jcpu.so"), "only the missing libraries are listed: " + message);
    }

    @Test
    void missingNd4jNativeJarIsNamed() {
        NativeBackendException error = assertThrows(NativeBackendException.class,
                () -> Nd4jRuntime.checkPlatformAndNatives("linux-x86_64", hiding("org/nd4j/linalg/cpu/")));
        assertTrue(error.getMessage().contains("nd4j-native-1.0.0-M2.1-linux-x86_64.jar"), error.getMessage());
        assertTrue(error.getMessage().contains("libnd4jcpu.so"), error.getMessage());
    }

    @Test
    void unsupportedPlatformIsNamed() {
        NativeBackendException error = assertThrows(NativeBackendException.class,
                () -> Nd4jRuntime.checkPlatformAndNatives("windows-arm64", BUNDLE_LOADER));
        assertTrue(error.getMessage().contains("'windows-arm64'"), error.getMessage());
        assertTrue(error.getMessage().contains("linux-x86_64 only"), error.getMessage());
    }

    @Test
    void linkerRefusalInsideStaticInitializerBecomesAClearMessage() {
        // What ND4J throws when the dynamic linker rejects libnd4jcpu.so (e.g. a too old glibc).
        UnsatisfiedLinkError linkError = new UnsatisfiedLinkError(
                "/tmp/cache/libnd4jcpu.so: /lib/x86_64-linux-gnu/libm.so.6: version `GLIBC_2.29' not found");
        Throwable thrown = new RuntimeException("ND4J is probably missing dependencies",
                new ExceptionInInitializerError(linkError));
        NativeBackendException explained = Nd4jRuntime.explainLoadFailure("linux-x86_64", thrown);
        String message = explained.getMessage();
        assertTrue(message.contains("failed to load on linux-x86_64"), message);
        assertTrue(message.contains("a native library could not be linked"), message);
        assertTrue(message.contains("GLIBC_2.29"), message);
        assertTrue(message.contains(Nd4jRuntime.JAVACPP_CACHE_DIR_PROPERTY), message);
        assertSame(thrown, explained.getCause(), "the original error is kept for the log");
    }

    @Test
    void currentPlatformOfThisMachineIsTheSupportedOne() {
        assertTrue(Nd4jRuntime.currentPlatform().equals(Nd4jRuntime.SUPPORTED_PLATFORM),
                "tests run on " + Nd4jRuntime.currentPlatform());
    }
}
