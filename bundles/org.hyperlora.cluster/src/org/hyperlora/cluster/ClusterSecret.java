package org.hyperlora.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cluster's shared secret, read from a file. Members join only a cluster whose name is derived from the given
 * name and the secret (an HMAC), so a process with another secret cannot join: Hazelcast refuses a join request
 * with another cluster name before anything else is exchanged. The secret itself never leaves the process.
 */
public final class ClusterSecret {

    /** A secret shorter than this is refused: it could be guessed. */
    public static final int MIN_BYTES = 16;
    private static final int MAX_BYTES = 4096;

    private final byte[] bytes;
    private final List<String> warnings;

    private ClusterSecret(byte[] bytes, List<String> warnings) {
        this.bytes = bytes;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads the secret (a trailing line break is not part of it).
     *
     * @throws IllegalArgumentException when the file is missing, unreadable, too short or too long, naming it
     */
    public static ClusterSecret read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("secret file " + file + " does not exist");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("secret file " + file + " cannot be read: " + e.getMessage());
        }
        int length = content.length;
        while (length > 0 && (content[length - 1] == '\n' || content[length - 1] == '\r')) {
            length--;
        }
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw new IllegalArgumentException("secret file " + file + " holds " + length + " bytes; a secret needs "
                    + MIN_BYTES + " to " + MAX_BYTES + " (e.g. head -c 32 /dev/urandom | base64 > " + file.getFileName()
                    + ")");
        }
        List<String> warnings = new ArrayList<>();
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.add("secret file " + file + " can be read by other users (chmod 600 " + file.getFileName()
                        + ")");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
        return new ClusterSecret(Arrays.copyOf(content, length), warnings);
    }

    /**
     * A secret kept elsewhere (the workbench's secure storage); {@code origin} names where, for messages.
     *
     * @throws IllegalArgumentException when it is too short or too long
     */
    public static ClusterSecret of(byte[] secret, String origin) {
        if (secret == null || secret.length < MIN_BYTES || secret.length > MAX_BYTES) {
            throw new IllegalArgumentException(origin + " holds " + (secret == null ? "no secret" : secret.length
                    + " bytes") + "; a secret needs " + MIN_BYTES + " to " + MAX_BYTES);
        }
        return new ClusterSecret(secret.clone(), List.of());
    }

    /** What the user should know (a file others can read). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The name the members use on the wire: the given name and the first 16 hex digits of
     * HMAC-SHA256(secret, name). The same for every holder of the secret; nothing about the secret can be learnt from it.
     */
    public String clusterName(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            byte[] tag = mac.doFinal(("hyperlora-cluster:" + name).getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(tag, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ClusterSecret[" + bytes.length + " bytes]";
    }
}
