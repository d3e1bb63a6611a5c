package org.hyperlora.nd4j.internal;

import java.io.File;

import org.hyperlora.nd4j.Nd4jRuntime;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Points javacpp's native-library cache at this bundle's writable data area, so an installation does
 * not depend on a writable home directory. Loading itself stays lazy ({@link Nd4jRuntime#initialize()}).
 */
public class Nd4jBundleActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        File dataArea = context.getDataFile("javacpp-cache");
        if (dataArea != null) {
            Nd4jRuntime.useCacheDirectoryIfUnset(dataArea);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Native libraries cannot be unloaded from a running JVM; nothing to release.
    }
}
