package org.hyperlora.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.cluster.UnitKinds;
import org.hyperlora.cluster.WorkQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units spread over members on the loopback (each its own Hazelcast member in this JVM): every unit runs, results
 * come back in order and equal the local computation, a member killed midway loses nothing, a failing unit is named.
 */
// a cluster that hangs fails this test, in its own thread, instead of holding the whole build
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WorkQueueTest {

    /** Where each unit ran (member port), for the test to see the work was spread. */
    private static final Map<String, String> RAN_ON = new ConcurrentHashMap<>();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private static byte[] digest(byte[] unit) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(unit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The unit member 2 holds when it is killed. */
    private static volatile String held;

    @Test
    void unitsSpreadOverTheMembersAndAKilledMemberLosesNothing(@TempDir Path folder) throws Exception {
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch killed = new java.util.concurrent.CountDownLatch(1);
        UnitKinds.register("test.digest", unit -> {
            RUNS.incrementAndGet();
            String name = new String(unit, StandardCharsets.UTF_8);
            if (Thread.currentThread().getName().equals("member-2") && held == null) {
                // member 2 dies with this unit in hand: the unit must run again elsewhere
                held = name;
                holding.countDown();
                killed.await();
                throw new IllegalStateException("killed");
            }
            RAN_ON.put(name, Thread.currentThread().getName());
            Thread.sleep(150); // long enough that every member gets some
            return digest(unit);
        });
        UnitKinds.register("test.failing", unit -> {
            throw new IllegalArgumentException("no such thing as " + new String(unit, StandardCharsets.UTF_8));
        });
        Path secret = folder.resolve("secret");
        Files.writeString(secret, "a secret for the work queue test\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        int[] ports = {freePort(), freePort(), freePort()};
        String all = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2];
        List<ClusterMember> members = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int port : ports) {
                members.add(ClusterMember.start(ClusterOptions.of("queue", secret.toString(), "127.0.0.1:" + port,
                        all)));
            }
            long until = System.currentTimeMillis() + 20_000;
            while (members.get(0).size() < 3 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(3, members.get(0).size());
            for (int m = 1; m < 3; m++) {
                ClusterMember member = members.get(m);
                Thread worker = new Thread(() -> {
                    try {
                        WorkQueue.serve(member.hazelcast(), stop);
                    } catch (InterruptedException | RuntimeException e) {
                        // the member was killed under it: its units go to the others
                    }
                }, "member-" + m);
                worker.setDaemon(true);
                worker.start();
                workers.add(worker);
            }
            List<byte[]> units = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                units.add(("unit " + i).getBytes(StandardCharsets.UTF_8));
            }
            // member 2 dies without leaving (terminate) with a unit in hand
            Thread killer = new Thread(() -> {
                try {
                    if (!holding.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        return; // member 2 took no unit: the assertions below say so
                    }
                } catch (InterruptedException e) {
                    return;
                }
                members.get(2).hazelcast().getLifecycleService().terminate();
                killed.countDown();
            });
            killer.start();
            List<byte[]> results = new WorkQueue(members.get(0).hazelcast()).run("test.digest", units);
            killer.join(60_000);
            assertEquals(30, results.size());
            for (int i = 0; i < 30; i++) {
                assertArrayEquals(digest(units.get(i)), results.get(i), "unit " + i + " in order, as computed here");
            }
            assertTrue(RAN_ON.values().stream().distinct().count() >= 2, "spread: " + RAN_ON.values());
            assertTrue(held != null && RUNS.get() >= 31, "the unit member 2 held (" + held + ") ran again elsewhere: "
                    + RUNS.get() + " runs");
            assertTrue(RAN_ON.containsKey(held) && !RAN_ON.get(held).equals("member-2"), RAN_ON.toString());

            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new WorkQueue(members
                    .get(0).hazelcast()).run("test.failing", List.of("x".getBytes(StandardCharsets.UTF_8))));
            assertTrue(failure.getMessage().matches("unit 1 of 1 \\(test\\.failing\\) failed on 127\\.0\\.0\\.1:("
                    + ports[0] + "|" + ports[1] + "): no such thing as x"), failure.getMessage());
        } finally {
            stop.set(true);
            for (Thread worker : workers) {
                worker.join(5000);
            }
            for (ClusterMember member : members) {
                member.close();
            }
        }
    }
}
