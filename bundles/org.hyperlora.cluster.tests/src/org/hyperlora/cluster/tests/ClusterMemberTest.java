package org.hyperlora.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.cluster.ClusterSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.hazelcast.core.Hazelcast;

/** Members on the loopback: the same secret joins, another secret is refused and says so; options say what is wrong. */
// a cluster that hangs fails this test, in its own thread, instead of holding the whole build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClusterMemberTest {

    /** Any class with Java serialization: what members must not accept. */
    static final class Smuggled implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path secret(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void waitForSize(ClusterMember member, int size) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (member.size() != size && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(size, member.size(), "members of the cluster");
    }

    @Test
    void membersWithTheSecretJoinAndAnotherSecretIsRefusedAndSaysSo(@TempDir Path folder) throws Exception {
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "nothing listens until a cluster is asked for");
        Path good = secret(folder, "good", "correct horse battery staple 42");
        Path bad = secret(folder, "bad", "another secret of thirty bytes!");
        int first = freePort();
        int second = freePort();
        int third = freePort();
        String all = "127.0.0.1:" + first + ",127.0.0.1:" + second;
        try (ClusterMember a = ClusterMember.start(ClusterOptions.of("study", good.toString(), "127.0.0.1:" + first,
                all));
                ClusterMember b = ClusterMember.start(ClusterOptions.of("study", good.toString(),
                        "127.0.0.1:" + second, all))) {
            waitForSize(a, 2);
            waitForSize(b, 2);
            // byte arrays and strings travel; a class's Java serialization is refused where it would be read
            a.hazelcast().getMap("test").put("bytes", new byte[] {1, 2, 3});
            a.hazelcast().getMap("test").put("smuggled", new Smuggled());
            assertEquals(3, ((byte[]) b.hazelcast().getMap("test").get("bytes")).length);
            assertThrows(RuntimeException.class, () -> b.hazelcast().getMap("test").get("smuggled"),
                    "a Serializable of another class is not deserialized");
            assertEquals("127.0.0.1:" + first, a.members().get(0));
            assertTrue(a.refusal().isEmpty());
            assertEquals(List.of(), a.warnings());
            try (ClusterMember intruder = ClusterMember.start(ClusterOptions.of("study", bad.toString(),
                    "127.0.0.1:" + third, "127.0.0.1:" + first))) {
                Thread.sleep(3000); // the join attempts of its start are over
                assertEquals(1, intruder.size(), "another secret does not join");
                assertEquals(2, a.size(), "and the cluster does not take it in");
                assertEquals("the member at 127.0.0.1:" + first + " answers but did not accept this one: it runs"
                        + " another cluster, or cluster 'study' with another secret", intruder.refusal().orElseThrow());
            }
        }
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "closed members leave nothing running");
    }

    /** Two members started at the same moment each form a cluster of one; they merge and neither calls itself refused. */
    @Test
    void membersStartedAtTheSameMomentEndUpInOneCluster(@TempDir Path folder) throws Exception {
        Path good = secret(folder, "good", "correct horse battery staple 42");
        int first = freePort();
        int second = freePort();
        String all = "127.0.0.1:" + first + ",127.0.0.1:" + second;
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> ClusterMember.start(ClusterOptions.of("study",
                good.toString(), "127.0.0.1:" + first, all)));
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> ClusterMember.start(ClusterOptions.of("study",
                good.toString(), "127.0.0.1:" + second, all)));
        try (ClusterMember one = a.get(); ClusterMember two = b.get()) {
            var refusals = List.of(java.util.concurrent.CompletableFuture.supplyAsync(one::refusal),
                    java.util.concurrent.CompletableFuture.supplyAsync(two::refusal));
            assertTrue(refusals.get(0).get().isEmpty(), () -> refusals.get(0).join().orElse(""));
            assertTrue(refusals.get(1).get().isEmpty(), () -> refusals.get(1).join().orElse(""));
            assertEquals(2, one.size());
            assertEquals(2, two.size());
        }
    }

    @Test
    void theSecretStaysInItsFileAndBadOptionsSayWhatIsWrong(@TempDir Path folder) throws Exception {
        Path file = secret(folder, "secret", "0123456789abcdef-and-more");
        ClusterSecret secret = ClusterSecret.read(file);
        assertEquals(secret.clusterName("study"), ClusterSecret.read(file).clusterName("study"), "stable");
        assertTrue(secret.clusterName("study").matches("study-[0-9a-f]{16}"), secret.clusterName("study"));
        assertFalse(secret.clusterName("study").contains("0123456789abcdef"));
        assertFalse(secret.toString().contains("0123"));
        assertNotEquals(secret.clusterName("study"), ClusterSecret.read(secret(folder, "other",
                "0123456789abcdef-and-less")).clusterName("study"), "another secret, another name");
        assertEquals(List.of(), secret.warnings());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(List.of("secret file " + file + " can be read by other users (chmod 600 secret)"),
                ClusterSecret.read(file).warnings());

        Path shortSecret = secret(folder, "short", "tiny");
        assertEquals("secret file " + shortSecret + " holds 4 bytes; a secret needs 16 to 4096 (e.g. head -c 32"
                + " /dev/urandom | base64 > short)", assertThrows(IllegalArgumentException.class,
                        () -> ClusterSecret.read(shortSecret)).getMessage());
        assertEquals("secret file " + folder.resolve("none") + " does not exist", assertThrows(
                IllegalArgumentException.class, () -> ClusterSecret.read(folder.resolve("none"))).getMessage());
        assertEquals("--cluster 'a b' is not a cluster name (letters, digits, '.', '_', '-'; up to 64)", assertThrows(
                IllegalArgumentException.class, () -> ClusterOptions.of("a b", "s", null, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterOptions.of("c", " ", null, null))
                .getMessage().startsWith("--secret-file FILE is required"));
        assertEquals("--bind 'host:x': the port is not a number", assertThrows(IllegalArgumentException.class,
                () -> ClusterOptions.of("c", "s", "host:x", null)).getMessage());
        assertEquals("--members entry ':5701' is not HOST:PORT", assertThrows(IllegalArgumentException.class,
                () -> ClusterOptions.of("c", "s", null, "a:1,:5701")).getMessage());
        ClusterOptions defaults = ClusterOptions.of("c", "s", null, "10.0.0.2, 10.0.0.3:6000");
        assertEquals("127.0.0.1:5701", defaults.bind().toString(), "the loopback unless asked");
        assertEquals("[10.0.0.2:5701, 10.0.0.3:6000]", defaults.members().toString());
    }
}
