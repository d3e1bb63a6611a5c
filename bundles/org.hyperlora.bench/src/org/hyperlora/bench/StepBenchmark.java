package org.hyperlora.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.StepTimes;
import org.hyperlora.engine.optim.Adam;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.train.LossTerm;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PointGroup;
import org.hyperlora.engine.train.Terms;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Times one full physics-informed training step — forward pass with derivative streams, residual,
 * backward pass, Adam update — with exactly the settings of the PyTorch peer
 * ({@code shared/peers/torch_pinn_step.py}): Burgers (2000 points, 4 × 64 tanh, inputs x, t) and
 * Kovasznay (2601 points, 4 × 50, outputs u, v, p, Re = 20), points uniform in [-1, 1]², residual
 * loss only. Prints one line per case in the peer's key=value form, ms_per_step last.
 */
public final class StepBenchmark {

    /** One benchmark case. */
    public record Case(String problem, DataType dataType, int points, int width, int depth) {
    }

    /** The peer's four default cases: both problems in float64 and float32. */
    public static List<Case> peerCases() {
        List<Case> cases = new ArrayList<>();
        for (DataType type : new DataType[] { DataType.DOUBLE, DataType.FLOAT }) {
            cases.add(new Case("burgers", type, 2000, 64, 4));
            cases.add(new Case("kovasznay", type, 2601, 50, 4));
        }
        return cases;
    }

    /** Runs {@code steps} timed steps after {@code warmup} untimed ones and returns the printed line. */
    public static String run(Case c, int warmup, int steps, int threads) {
        boolean burgers = c.problem().equals("burgers");
        SymbolTable symbols = burgers
                ? SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build()
                : SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();
        List<LossTerm> terms = new ArrayList<>();
        if (burgers) {
            terms.add(Terms.equation("pde 1", symbols.parse("u_t + u*u_x - nu*u_xx")));
        } else {
            terms.add(Terms.equation("pde 1", symbols.parse("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re")));
            terms.add(Terms.equation("pde 2", symbols.parse("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re")));
            terms.add(Terms.equation("pde 3", symbols.parse("u_x + v_y")));
        }
        int[] sizes = new int[c.depth() + 2];
        sizes[0] = 2;
        for (int l = 1; l <= c.depth(); l++) {
            sizes[l] = c.width();
        }
        sizes[c.depth() + 1] = burgers ? 1 : 3;
        Mlp network = new Mlp(sizes, Activation.TANH, c.dataType(), null, null, 0);
        SplittableRandom random = new SplittableRandom(0);
        double[] points = new double[2 * c.points()];
        for (int k = 0; k < points.length; k++) {
            points[k] = random.nextDouble(-1, 1);
        }
        PointGroup group = new PointGroup("collocation", 2, points, terms);
        PinnLoss loss = new PinnLoss(network, new double[] { burgers ? 0.01 / Math.PI : 20.0 }, List.of(group));
        Adam adam = new Adam(network.parameterCount(), LearningRateSchedule.constant(1e-3));
        double[] weights = network.parameters();
        double[] gradient = new double[weights.length];
        for (int k = 0; k < warmup; k++) {
            loss.valueAndGradient(weights, gradient);
            adam.step(weights, gradient);
        }
        long start = System.nanoTime();
        for (int k = 0; k < steps; k++) {
            loss.valueAndGradient(weights, gradient);
            adam.step(weights, gradient);
        }
        double msPerStep = (System.nanoTime() - start) / 1e6 / steps;
        // a second, counted run says where the time goes (on the calling thread, which runs the first shard)
        StepTimes.enable(true);
        long counted = System.nanoTime();
        for (int k = 0; k < steps; k++) {
            loss.valueAndGradient(weights, gradient);
            adam.step(weights, gradient);
        }
        double countedNanos = System.nanoTime() - counted;
        double gemmShare = StepTimes.gemmNanos() / countedNanos;
        double elementwiseShare = (StepTimes.networkNanos() - StepTimes.gemmNanos()) / countedNanos;
        StepTimes.enable(false);
        // the GEMMs' operations over the whole step's time: what the step achieves, not the GEMMs alone
        double gflops = gemmFlopsPerStep(sizes, group.plan().streamCount(), c.points()) / (msPerStep * 1e6);
        double peak = c.dataType() == DataType.DOUBLE ? peakDoubleGflops() : 2 * peakDoubleGflops();
        return String.format(Locale.ROOT,
                "engine=hyperlora-nd4j problem=%s dtype=%s points=%d width=%d depth=%d threads=%d streams=%d "
                        + "gemm_share=%.2f elementwise_share=%.2f other_share=%.2f step_gflops=%.1f peak_fraction=%.2f"
                        + " ms_per_step=%.3f",
                c.problem(), c.dataType() == DataType.DOUBLE ? "float64" : "float32", c.points(), c.width(),
                c.depth(), threads, group.plan().streamCount(), gemmShare, elementwiseShare,
                1 - gemmShare - elementwiseShare, gflops, gflops / peak, msPerStep);
    }

    /**
     * GEMM floating-point operations of one step: per layer one forward product and two backward products
     * (weights, inputs; none for the inputs of the first layer), each 2·rows·fanIn·fanOut.
     */
    static double gemmFlopsPerStep(int[] sizes, int streams, int points) {
        double rows = (double) streams * points;
        double flops = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            double product = 2 * rows * sizes[l] * sizes[l + 1];
            flops += (l == 0 ? 2 : 3) * product;
        }
        return flops;
    }

    /**
     * Peak double-precision GFLOP/s of this machine from /proc/cpuinfo: cores × MHz × flops per cycle
     * (16 with AVX2+FMA, 32 with AVX-512, 8 with AVX, 4 otherwise). Single precision is twice that.
     */
    public static double peakDoubleGflops() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            double mhz = 0;
            String flags = "";
            for (String line : lines) {
                if (line.startsWith("cpu MHz") && mhz == 0) {
                    mhz = Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("flags") && flags.isEmpty()) {
                    flags = " " + line.substring(line.indexOf(':') + 1) + " ";
                }
            }
            int perCycle = flags.contains(" avx512f ") ? 32
                    : flags.contains(" avx2 ") && flags.contains(" fma ") ? 16 : flags.contains(" avx ") ? 8 : 4;
            return Runtime.getRuntime().availableProcessors() * mhz / 1000.0 * perCycle;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Runs all peer cases and prints one line each, then the machine's peak. */
    public static void runAll(PrintStream out, int warmup, int steps, int threads) {
        for (Case c : peerCases()) {
            out.println(run(c, warmup, steps, threads));
        }
        out.println(String.format(Locale.ROOT, "machine cores=%d peak_gflops_float64=%.1f peak_gflops_float32=%.1f",
                Runtime.getRuntime().availableProcessors(), peakDoubleGflops(), 2 * peakDoubleGflops()));
    }
}
