package org.hyperlora.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;

import org.hyperlora.app.Cli;
import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.hazelcast.core.Hazelcast;

/** {@code hyperlora worker}: joins the members with the secret, leaves cleanly when stopped, says when refused. */
// a cluster that hangs fails this test, in its own thread, instead of holding the whole build
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WorkerCommandTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path secret(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void aWorkerJoinsLeavesWhenStoppedAndIsRefusedWithAnotherSecret(@TempDir Path folder) throws Exception {
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "no command before started a member");
        Path good = secret(folder, "good", "the members' shared secret, 45 bytes long...");
        Path bad = secret(folder, "bad", "not the members' secret but long enough");
        int workerPort = freePort();
        int memberPort = freePort();
        String members = "127.0.0.1:" + workerPort + ",127.0.0.1:" + memberPort;
        CompletableFuture<Cli> worker = CompletableFuture.supplyAsync(() -> Cli.run("worker", "--cluster", "study",
                "--secret-file", good.toString(), "--bind", "127.0.0.1:" + workerPort, "--members", members));
        long until = System.currentTimeMillis() + 20_000;
        while (!listening(workerPort) && System.currentTimeMillis() < until) {
            assertTrue(!worker.isDone(), () -> "the worker ended: " + worker.join());
            Thread.sleep(100);
        }
        Thread.sleep(4000); // its own join attempts are over: it is a cluster of one that the member joins
        try (ClusterMember member = ClusterMember.start(ClusterOptions.of("study", good.toString(),
                "127.0.0.1:" + memberPort, members))) {
            until = System.currentTimeMillis() + 20_000;
            while (member.size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(2, member.size(), "the worker and this member");

            Cli refused = Cli.run("worker", "--cluster", "study", "--secret-file", bad.toString(), "--bind",
                    "127.0.0.1:" + freePort(), "--members", "127.0.0.1:" + memberPort);
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("hyperlora worker: refused: the member at 127.0.0.1:" + memberPort
                    + " answers but did not accept this one"), refused.err());
            assertTrue(!refused.err().contains("not the members' secret") && !refused.out().contains(
                    "not the members' secret"), "the secret is never printed");
            assertEquals(2, member.size());

            Cli.stopWorkers();
            Cli stopped = worker.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(0, stopped.exitCode(), stopped.toString());
            assertTrue(stopped.out().startsWith("hyperlora worker: member of cluster 'study' at 127.0.0.1:"
                    + workerPort), stopped.out());
            assertTrue(stopped.out().contains("leaving cluster 'study'"), stopped.out());
            until = System.currentTimeMillis() + 20_000;
            while (member.size() > 1 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(1, member.size(), "the worker left");
        }
        Cli usage = Cli.run("worker", "--cluster", "study");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("--secret-file FILE is required"), usage.err());
    }

    @Test
    void clusterOptionsOfTheOtherCommandsAreCheckedBeforeAnythingStarts(@TempDir Path folder) throws Exception {
        Path study = folder.resolve("burgers.hyperlora");
        Files.copy(Cli.example("burgers.hyperlora"), study);
        Cli noName = Cli.run("train", study.toString(), "--members", "127.0.0.1:5901");
        assertEquals(2, noName.exitCode(), noName.toString());
        assertTrue(noName.err().contains("hyperlora train: --members needs --cluster NAME"), noName.err());
        Cli noSecret = Cli.run("run", folder.resolve("any.hlflow").toString(), "--cluster", "lab");
        assertEquals(2, noSecret.exitCode(), noSecret.toString());
        assertTrue(noSecret.err().contains("hyperlora run: --secret-file FILE is required"), noSecret.err());
        Cli badMember = Cli.run("uq", study.toString(), "--cluster", "lab", "--secret-file", "s", "--members",
                "nohost:x", "--param", "nu=0.01", "--grid", "x=-1:1:3,t=0:1:2", "--out", "out.csv");
        assertEquals(2, badMember.exitCode(), badMember.toString());
        assertTrue(badMember.err().contains("hyperlora uq: --members entry 'nohost:x': the port is not a number"),
                badMember.err());
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "no member was started for refused options");
        assertTrue(!Files.exists(folder.resolve("burgers-training")), "nothing was trained");
    }
}
