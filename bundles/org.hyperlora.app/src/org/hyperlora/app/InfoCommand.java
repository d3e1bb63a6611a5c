package org.hyperlora.app;

import java.io.PrintStream;
import java.util.List;

import org.hyperlora.nd4j.Nd4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

/** {@code hyperlora info}: which numerical backend runs, and a GEMM whose result is known by hand. */
final class InfoCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora info",
            "",
            "Loads ND4J's native CPU backend inside OSGi, prints it, and multiplies",
            "[1 2 3; 4 5 6] by [7 8; 9 10; 11 12] (expected [58 64; 139 154]).");

    int run(List<String> options, PrintStream out, PrintStream err) {
        if (options.contains("--help") || options.contains("-h")) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        if (!options.isEmpty()) {
            err.println("hyperlora info: unexpected argument '" + options.get(0) + "'");
            err.println(HELP);
            return HyperloraApplication.EXIT_USAGE;
        }
        long started = System.nanoTime();
        Nd4jBackend backend = Nd4jRuntime.initialize();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        out.println("platform:  " + Nd4jRuntime.currentPlatform() + ", Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + ")");
        java.util.Properties environment = Nd4j.getExecutioner().getEnvironmentInformation();
        // Values are a mix of String and Integer, so read them with get(), not getProperty().
        out.println("backend:   " + backend.getClass().getName() + " (" + environment.get("backend") + ")");
        out.println("blas:      " + environment.get("blas.vendor") + ", " + environment.get("blas.threads")
                + " BLAS threads, " + environment.get("omp.threads") + " OpenMP threads, "
                + environment.get("cores") + " cores; kernels: " + Nd4jRuntime.blasKernels());
        out.printf("loaded in: %.2f s%n", loadSeconds);
        out.println("engine:    " + org.hyperlora.engine.nn.Parallelism.describe());
        INDArray a = Nd4j.create(new double[][] { { 1, 2, 3 }, { 4, 5, 6 } });
        INDArray b = Nd4j.create(new double[][] { { 7, 8 }, { 9, 10 }, { 11, 12 } });
        INDArray c = a.mmul(b);
        out.println("gemm:      [1 2 3; 4 5 6] x [7 8; 9 10; 11 12] = " + format(c) + " (" + c.dataType() + ")");
        INDArray expected = Nd4j.create(new double[][] { { 58, 64 }, { 139, 154 } }).castTo(DataType.DOUBLE);
        if (!c.equalsWithEps(expected, 0.0)) {
            err.println("hyperlora info: GEMM result is wrong, expected " + format(expected));
            return HyperloraApplication.EXIT_FAILURE;
        }
        return HyperloraApplication.EXIT_OK;
    }

    private static String format(INDArray matrix) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < matrix.rows(); i++) {
            if (i > 0) {
                text.append("; ");
            }
            for (int j = 0; j < matrix.columns(); j++) {
                if (j > 0) {
                    text.append(' ');
                }
                text.append(String.format("%g", matrix.getDouble(i, j)).replaceAll("\\.?0+$", ""));
            }
        }
        return text.append(']').toString();
    }
}
