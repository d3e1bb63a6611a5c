package org.hyperlora.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * This process as a member of a HyperLoRA cluster: an embedded Hazelcast member listening on the given address only,
 * joining the listed members (TCP, no multicast), under the name derived from the cluster name and the secret.
 * Nothing starts unless a command asks for a cluster: without one the product opens no network listener. Members
 * exchange only byte arrays, strings and numbers (the project's own unit files), so Java serialization is refused
 * for every class but Hazelcast's own exceptions and the core JDK classes they are made of.
 */
public final class ClusterMember implements AutoCloseable {

    /** How long a connection test to a listed member may take. */
    private static final int PROBE_MILLIS = 1000;
    /**
     * How long a member alone waits for the members it lists before it calls itself refused: members started at the
     * same moment each form a cluster of one and merge after the merge delays below (3 s, then every 3 s).
     */
    private static final long MERGE_WAIT_MILLIS = 15_000;
    /**
     * Hazelcast's logger, held so that its level stays (a logger nobody refers to may be collected with its level).
     */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private final HazelcastInstance instance;
    private final ClusterOptions options;
    private final List<String> warnings;

    private ClusterMember(HazelcastInstance instance, ClusterOptions options, List<String> warnings) {
        this.instance = instance;
        this.options = options;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Starts the member and joins the listed members (a few seconds when there are some).
     *
     * @throws IllegalArgumentException for a bad secret file, naming it
     * @throws IllegalStateException when the member cannot listen on the address (e.g. the port is taken)
     */
    public static ClusterMember start(ClusterOptions options) {
        return start(options, ClusterSecret.read(options.secretFile()));
    }

    /**
     * Starts the member with a secret read elsewhere (the options' secret file is not read).
     *
     * @throws IllegalStateException when the member cannot listen on the address (e.g. the port is taken)
     */
    public static ClusterMember start(ClusterOptions options, ClusterSecret secret) {
        // Hazelcast tells everything at INFO and every passing state of a cluster that settles (a partition
        // migrating, a connection to a member that left) at WARNING; a member says what matters itself (who joined,
        // who left, which unit was queued again): only Hazelcast's errors are shown
        HAZELCAST_LOG.setLevel(Level.SEVERE);
        Config config = new Config();
        config.setClassLoader(ClusterMember.class.getClassLoader());
        config.setClusterName(secret.clusterName(options.name()));
        config.setInstanceName("hyperlora-" + options.bind().host() + "-" + options.bind().port());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "3");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // members started at the same time each form a cluster of one: they merge within seconds, not minutes
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "3");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "3");
        // a member that dies without leaving is noticed within seconds, so its units run elsewhere soon
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        // a call in flight to a member that died fails (and is tried again) within seconds, not after 2 minutes
        config.setProperty("hazelcast.operation.call.timeout.millis", "15000");
        // leaving hands the member's data over; when the others cannot take it, do not wait the default 10 minutes
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "20");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(options.bind().port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(options.bind().host());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
        for (ClusterOptions.Address member : options.members()) {
            join.getTcpIpConfig().addMember(member.toString());
        }
        // Java serialization only for what Hazelcast's error responses carry: its own exceptions, whose superclasses,
        // stack traces and fields are classes of the JDK's core packages (seen refused: java.lang.RuntimeException);
        // no class of any other library or of this product: members exchange byte arrays, strings and numbers, which
        // Hazelcast writes with its own serializers
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
        filter.setDefaultsDisabled(true);
        filter.getWhitelist().addPrefixes("com.hazelcast.");
        filter.getWhitelist().addPackages("java.lang", "java.util", "java.util.concurrent", "java.io");
        filter.getWhitelist().addClasses("[Ljava.lang.StackTraceElement;", "[Ljava.lang.Throwable;");
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        HazelcastInstance instance;
        try {
            instance = Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start a member of cluster '" + options.name() + "' at "
                    + options.bind() + ": " + e.getMessage(), e);
        }
        return new ClusterMember(instance, options, new ArrayList<>(secret.warnings()));
    }

    /** The cluster's name as the user gave it. */
    public String name() {
        return options.name();
    }

    /** How many members the cluster has now, this one included. */
    public int size() {
        return instance.getCluster().getMembers().size();
    }

    /** The addresses of the members, this one first. */
    public List<String> members() {
        List<String> addresses = new ArrayList<>();
        var local = instance.getCluster().getLocalMember();
        addresses.add(local.getAddress().getHost() + ":" + local.getAddress().getPort());
        for (var member : instance.getCluster().getMembers()) {
            if (!member.localMember()) {
                addresses.add(member.getAddress().getHost() + ":" + member.getAddress().getPort());
            }
        }
        return addresses;
    }

    /** What the user should know (a secret file others can read). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * When this member is alone although a listed member answers on its port (after waiting for members started at
     * the same moment to merge): why — that member's cluster has another name or secret and refused the join. Empty
     * when it joined, or when no listed member answers (the first member of a cluster, members not started yet).
     */
    public Optional<String> refusal() {
        if (size() > 1 || answering().isEmpty()) {
            return Optional.empty();
        }
        long until = System.currentTimeMillis() + MERGE_WAIT_MILLIS;
        while (size() == 1 && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (size() > 1) {
            return Optional.empty();
        }
        return answering().map(member -> "the member at " + member + " answers but did not accept this one: it"
                + " runs another cluster, or cluster '" + options.name() + "' with another secret");
    }

    /** A listed member (not this one) that accepts connections on its port. */
    private Optional<ClusterOptions.Address> answering() {
        for (ClusterOptions.Address member : options.members()) {
            if (member.equals(options.bind())) {
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(member.host(), member.port()), PROBE_MILLIS);
                return Optional.of(member);
            } catch (IOException e) {
                // not listening: nothing refused us there
            }
        }
        return Optional.empty();
    }

    /** Shared data of the cluster (for the units of work; byte arrays and strings only). */
    public HazelcastInstance hazelcast() {
        return instance;
    }

    /** Leaves the cluster cleanly: its data is handed over to the other members first. */
    @Override
    public void close() {
        if (instance.getLifecycleService().isRunning()) {
            instance.getLifecycleService().shutdown();
        }
    }
}
