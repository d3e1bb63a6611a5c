package org.hyperlora.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.cluster.WorkQueue;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.TrainingPipeline;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ClusterFits;

/**
 * {@code hyperlora bench cluster STUDY [--profile quick|full]}: the LoRA fits stage of a training on one and on two
 * single-threaded members (this process, then with a second member in it; the loopback), the serial stages around it
 * (base PINN, hypernetwork) timed too, and from the measured per-chain times and the coordination overhead the
 * projected wall time of the training for 4, 16 and 64 members. A unit is a continuation chain, so the fits stage can
 * shorten only while there are chains left to hand out: its floor is the longest chain.
 */
final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    static void run(Study study, TrainingProfile profile, PrintStream out) throws Exception {
        StudySetup setup = StudyMapping.toEngine(study, profile);
        TrainingPipeline pipeline = new TrainingPipeline(setup, 1);
        long begin = System.nanoTime();
        TrainingPipeline.Base base = pipeline.base();
        double baseSeconds = seconds(begin);
        LoraAdapter lora = setup.lora(base.network(), base.weights());
        double[] start = lora.initialTrainable(setup.network().seed());
        List<double[][]> chains = InstanceFits.chainsFrom(setup.range(), setup.referenceValue(),
                setup.trainingValues());
        Path folder = Files.createTempDirectory("hyperlora-bench-cluster");
        Path secret = folder.resolve("secret");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(secret, Base64.getEncoder().encodeToString(random) + "\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        String first = ClusterOptions.freeLoopbackAddress();
        String second = ClusterOptions.freeLoopbackAddress();
        String members = first + "," + second;
        out.printf(Locale.ROOT, "study '%s' (profile %s): %d training values in %d continuation chains (%s values)%n",
                study.getName(), profile.literal(), setup.trainingValues().length, chains.size(),
                Arrays.toString(chains.stream().mapToInt(c -> c.length).toArray()));
        out.printf(Locale.ROOT, "base PINN (serial): %.1f s%n", baseSeconds);
        AtomicBoolean stop = new AtomicBoolean();
        try (ClusterMember coordinator = ClusterMember.start(ClusterOptions.of("bench", secret.toString(), first,
                members))) {
            ClusterFits fits = new ClusterFits(coordinator.hazelcast(), "the benchmark's cluster", study, profile,
                    null);
            double[] chainSeconds = new double[chains.size()];
            List<InstanceFits.Fit> collected = new ArrayList<>();
            begin = System.nanoTime();
            List<List<InstanceFits.Fit>> one = fits.run(chains, lora, start, InstanceFits.FitHook.NONE, () -> false);
            double oneMember = seconds(begin);
            for (int c = 0; c < chains.size(); c++) {
                for (InstanceFits.Fit fit : one.get(c)) {
                    chainSeconds[c] += fit.result().elapsedNanos() / 1e9;
                    collected.add(fit);
                }
            }
            double computing = Arrays.stream(chainSeconds).sum();
            out.printf(Locale.ROOT, "fits on 1 member: %.1f s (chains %s s; coordination %.2f s)%n", oneMember,
                    format(chainSeconds), oneMember - computing);
            double twoMembers;
            try (ClusterMember helper = ClusterMember.start(ClusterOptions.of("bench", secret.toString(), second,
                    members))) {
                long until = System.currentTimeMillis() + 30_000;
                while (coordinator.size() < 2 && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
                if (coordinator.size() < 2) {
                    throw new IllegalStateException("the second member did not join within 30 s");
                }
                Thread serving = new Thread(() -> {
                    try {
                        WorkQueue.serve(helper.hazelcast(), stop);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "bench member 2");
                serving.setDaemon(true);
                serving.start();
                begin = System.nanoTime();
                fits.run(chains, lora, start, InstanceFits.FitHook.NONE, () -> false);
                twoMembers = seconds(begin);
                stop.set(true);
            }
            // on one member the time beyond the chains' own is the coordination; on two members in this process it
            // also holds their sharing of this machine's cores, which members on machines of their own do not have
            double coordination = Math.max(0, oneMember - computing);
            out.printf(Locale.ROOT, "fits on 2 members: %.1f s (%.2fx; the chains spread: %.1f s; the rest, %.2f s,"
                    + " is the two members sharing this machine's cores and the coordination)%n", twoMembers,
                    oneMember / twoMembers, makespan(chainSeconds, 2), twoMembers - makespan(chainSeconds, 2));

            begin = System.nanoTime();
            List<InstanceFits.Fit> inOrder = new ArrayList<>();
            for (double[] value : setup.trainingValues()) {
                collected.stream().filter(f -> Arrays.equals(f.lambda(), value)).findFirst().ifPresent(inOrder::add);
            }
            TrainingPipeline.Fits done = new TrainingPipeline.Fits(inOrder, oneMember);
            pipeline.hypernetwork(lora, start, done, done.geometricMeanLoss());
            double hyperSeconds = seconds(begin);
            out.printf(Locale.ROOT, "hypernetwork (serial): %.1f s%n", hyperSeconds);
            double serial = baseSeconds + hyperSeconds;
            out.printf(Locale.ROOT, "training, measured: 1 member %.1f s, 2 members %.1f s (serial stages %.1f s:"
                    + " base PINN and hypernetwork; the evaluation not included)%n", serial + oneMember,
                    serial + twoMembers, serial);
            for (int n : new int[] {4, 16, 64}) {
                double fitsN = makespan(chainSeconds, n) + coordination;
                out.printf(Locale.ROOT, "training, projected for %d members (one per machine): %.1f s (fits %.1f s:"
                        + " %s, plus %.2f s coordination)%n", n, serial + fitsN, fitsN, n >= chains.size()
                                ? "the longest chain; more members than chains do not shorten it"
                                : "the chains spread longest first", coordination);
            }
            out.printf(Locale.ROOT, "serial fraction on 1 member: %.0f %% (base PINN %.1f s, hypernetwork %.1f s)%n",
                    100 * serial / (serial + oneMember), baseSeconds, hyperSeconds);
        } finally {
            stop.set(true);
            Files.deleteIfExists(secret);
            Files.deleteIfExists(folder);
        }
    }

    /** The wall time of the chains on {@code members} single-threaded members, longest chain first to the least busy. */
    static double makespan(double[] chains, int members) {
        double[] sorted = chains.clone();
        Arrays.sort(sorted);
        double[] busy = new double[members];
        for (int c = sorted.length - 1; c >= 0; c--) {
            int least = 0;
            for (int m = 1; m < members; m++) {
                if (busy[m] < busy[least]) {
                    least = m;
                }
            }
            busy[least] += sorted[c];
        }
        return Arrays.stream(busy).max().orElse(0);
    }

    private static String format(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", value));
        }
        return text.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
