package org.hyperlora.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.cluster.WorkQueue;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;

/**
 * {@code hyperlora worker --cluster NAME --secret-file FILE}: this process as a member of a HyperLoRA cluster until it
 * is stopped (Ctrl-C, or the product stopping): it says which members it sees as they come and go, and leaves
 * cleanly, handing its share of the cluster's data to the others.
 */
final class WorkerCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora worker --cluster NAME --secret-file FILE [--bind HOST:PORT] [--members HOST:PORT,...]",
            "",
            "Runs a member of the HyperLoRA cluster NAME until stopped (Ctrl-C leaves cleanly). Members find",
            "each other only through --members (no multicast); they join only members that read the same",
            "secret, and a member refused by the listed ones says so and exits with 2. Members exchange only",
            "the project's own files as bytes (no Java serialization).",
            "  --cluster NAME       the cluster's name",
            "  --secret-file FILE   the shared secret (at least 16 bytes; never on the command line or in logs)",
            "  --bind HOST:PORT     where this member listens (default 127.0.0.1:5701: this machine only)",
            "  --members LIST       members to join, HOST:PORT separated by commas (none: the first member)");

    /** Released to stop the running workers (the product stopping; the tests). */
    private static volatile CountDownLatch stop = new CountDownLatch(1);

    /** Stops the workers running in this process (they leave the cluster cleanly). */
    static void stopAll() {
        CountDownLatch running = stop;
        stop = new CountDownLatch(1);
        running.countDown();
    }

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("worker", words, ClusterArguments.OPTIONS, Set.of());
        arguments.positional(0, "no positional arguments");
        if (arguments.value("--cluster", null) == null) {
            throw new UsageException("hyperlora worker: --cluster NAME is required");
        }
        ClusterOptions options = ClusterArguments.options(arguments, ClusterOptions.DEFAULT_PORT);
        CountDownLatch stopped = stop;
        ClusterMember member;
        try {
            member = ClusterArguments.join("worker", options, out, err);
        } catch (ClusterArguments.NotJoined e) {
            return e.exitCode;
        }
        // Ctrl-C: stop serving and wait (up to 30 s) until the member has left, handing its data to the others;
        // the JVM halts as soon as the hooks return
        CountDownLatch left = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopAll();
            try {
                left.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hyperlora worker shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (member) {
            member.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    out.println("hyperlora worker: " + event.getMember().getAddress() + " joined; "
                            + event.getMembers().size() + " members");
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    out.println("hyperlora worker: " + event.getMember().getAddress() + " left; "
                            + event.getMembers().size() + " members");
                }
            });
            // takes units of the cluster's jobs (of the kinds this product runs) until stopped
            java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
            Thread watcher = new Thread(() -> {
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopping.set(true);
            }, "hyperlora worker stop");
            watcher.setDaemon(true);
            watcher.start();
            WorkQueue.serve(member.hazelcast(), stopping, (kind, job, unit, seconds, failure) -> out.println(String
                    .format(java.util.Locale.ROOT, "hyperlora worker: %s unit %d of job %s %s in %.1f s", kind,
                            unit + 1, job.substring(0, 8), failure == null ? "computed" : "failed (" + failure + ")",
                            seconds)));
            out.println("hyperlora worker: leaving cluster '" + options.name() + "'");
            return HyperloraApplication.EXIT_OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HyperloraApplication.EXIT_FAILURE;
        } finally {
            // the try-with-resources closed the member (it left the cluster) before this runs
            left.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
    }
}
