package org.hyperlora.app;

import java.io.PrintStream;
import java.util.Set;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.runner.ClusterFits;

/**
 * The cluster options a command shares with {@code hyperlora worker}: {@code --cluster NAME --secret-file FILE
 * [--bind HOST:PORT] [--members LIST]}. Without {@code --cluster} nothing starts (no listener is opened).
 */
final class ClusterArguments {

    static final Set<String> OPTIONS = Set.of("--cluster", "--secret-file", "--bind", "--members");

    static final String HELP = String.join(System.lineSeparator(),
            "  --cluster NAME       run the per-instance fits on the members of cluster NAME too (hyperlora worker)",
            "  --secret-file FILE   the cluster's shared secret (required with --cluster)",
            "  --members LIST       members to join, HOST:PORT separated by commas",
            "  --bind HOST:PORT     where this process listens as a member (default: the loopback, a free port)");

    private ClusterArguments() {
    }

    /** Whether the command was asked to use a cluster. */
    static boolean given(Arguments arguments) throws UsageException {
        for (String option : OPTIONS) {
            if (arguments.value(option, null) != null) {
                if (arguments.value("--cluster", null) == null) {
                    throw new UsageException("hyperlora " + arguments.command() + ": " + option + " needs --cluster"
                            + " NAME");
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The options as given; {@code --bind} by default the loopback on {@code defaultPort} (0: a free port).
     *
     * @throws UsageException naming the option that is wrong
     */
    static ClusterOptions options(Arguments arguments, int defaultPort) throws UsageException {
        String bind = arguments.value("--bind", null);
        try {
            if (bind == null && defaultPort == 0) {
                bind = ClusterOptions.freeLoopbackAddress();
            }
            return ClusterOptions.of(arguments.value("--cluster", null), arguments.value("--secret-file", null), bind,
                    arguments.value("--members", null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora " + arguments.command() + ": " + e.getMessage());
        }
    }

    /** This process did not join: what went wrong is said on the error stream; the command ends with the code. */
    static final class NotJoined extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        NotJoined(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    /**
     * Starts this process as a member and joins the listed ones, saying so on {@code out}; the units this product
     * runs are registered.
     *
     * @throws UsageException naming a bad secret file
     * @throws NotJoined      after saying why on {@code err}: the listed members refused this one (exit 2), or the
     *                        member could not start, e.g. its address is taken (exit 1)
     */
    static ClusterMember join(String command, ClusterOptions options, PrintStream out, PrintStream err)
            throws UsageException, NotJoined {
        ClusterFits.register();
        org.hyperlora.runner.ClusterSamples.register();
        ClusterMember member;
        try {
            member = ClusterMember.start(options);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora " + command + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            err.println("hyperlora " + command + ": " + e.getMessage());
            throw new NotJoined(HyperloraApplication.EXIT_FAILURE);
        }
        member.warnings().forEach(warning -> err.println("hyperlora " + command + ": warning: " + warning));
        var refusal = member.refusal();
        if (refusal.isPresent()) {
            member.close();
            err.println("hyperlora " + command + ": refused: " + refusal.get());
            throw new NotJoined(HyperloraApplication.EXIT_USAGE);
        }
        out.println("hyperlora " + command + ": member of cluster '" + options.name() + "' at " + options.bind()
                + "; members: " + member.members());
        return member;
    }
}
