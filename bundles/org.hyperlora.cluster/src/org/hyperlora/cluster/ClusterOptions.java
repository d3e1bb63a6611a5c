package org.hyperlora.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a process needs to be a member of a HyperLoRA cluster: the cluster's name, the file holding the shared secret
 * (never the secret itself: it is read from the file when the member starts and appears in no log, message or
 * command line), the address this member listens on (the loopback unless asked), and the members to join. Members
 * are found only from that list: no multicast, no cloud discovery.
 */
public record ClusterOptions(String name, Path secretFile, Address bind, List<Address> members) {

    /** Hazelcast's usual port. */
    public static final int DEFAULT_PORT = 5701;

    /** A member's address, {@code HOST:PORT}. */
    public record Address(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }

        /**
         * Reads {@code HOST:PORT} or {@code HOST} (the default port).
         *
         * @throws IllegalArgumentException naming the option and what is expected
         */
        public static Address parse(String text, String what) {
            String trimmed = text == null ? "" : text.trim();
            int colon = trimmed.lastIndexOf(':');
            String host = colon < 0 ? trimmed : trimmed.substring(0, colon);
            if (host.isEmpty() || host.contains(" ")) {
                throw new IllegalArgumentException(what + " '" + trimmed + "' is not HOST:PORT");
            }
            int port = DEFAULT_PORT;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(trimmed.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(what + " '" + trimmed + "': the port is not a number");
                }
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(what + " '" + trimmed + "': the port must be 1 to 65535");
            }
            return new Address(host, port);
        }
    }

    public ClusterOptions {
        members = List.copyOf(members);
    }

    /**
     * The loopback at a port nobody listens on now: where a training or workflow process listens by default (this
     * machine only; a worker's default is {@link #DEFAULT_PORT}).
     */
    public static String freeLoopbackAddress() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port on the loopback: " + e.getMessage(), e);
        }
    }

    /**
     * Options from the command line's words.
     *
     * @param bind {@code HOST:PORT}, or null for the loopback at the default port
     * @param members comma-separated {@code HOST:PORT}s, or null for none (the first member of a cluster)
     * @throws IllegalArgumentException naming the option that is wrong and what is expected
     */
    public static ClusterOptions of(String name, String secretFile, String bind, String members) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("--cluster '" + name + "' is not a cluster name (letters, digits, '.',"
                    + " '_', '-'; up to 64)");
        }
        if (secretFile == null || secretFile.isBlank()) {
            throw new IllegalArgumentException("--secret-file FILE is required: the shared secret every member of"
                    + " cluster '" + name + "' reads (never given on the command line)");
        }
        List<Address> list = new ArrayList<>();
        if (members != null) {
            for (String member : members.split(",")) {
                if (!member.isBlank()) {
                    list.add(Address.parse(member, "--members entry"));
                }
            }
        }
        return new ClusterOptions(name, Path.of(secretFile).toAbsolutePath().normalize(),
                bind == null ? new Address("127.0.0.1", DEFAULT_PORT) : Address.parse(bind, "--bind"), list);
    }
}
