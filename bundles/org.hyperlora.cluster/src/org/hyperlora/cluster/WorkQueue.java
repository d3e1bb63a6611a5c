package org.hyperlora.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/**
 * Units of work spread over the members of a cluster, the coordinating process included. A job's units are byte
 * arrays stored in the cluster (with a backup copy on another member, Hazelcast's default) and their numbers queued;
 * every member takes numbers from the queue, runs the unit's kind ({@link UnitKinds}), and stores the result. A unit
 * a member took is marked with that member; when the member leaves or dies, the coordinator (looking every second)
 * queues its unfinished units again, so nothing is lost; a unit may then run twice, with the same result. Results
 * come back in the units' order and do not depend on where a unit ran.
 */
public final class WorkQueue {

    /** What the coordinator hears while a job runs (on its own thread). */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        /** A member (host:port) took unit {@code unit} (0-based). */
        default void taken(int unit, String member) {
        }

        /** The member that held unit {@code unit} left or died: the unit is queued again. */
        default void lost(int unit, String member) {
        }

        /** Unit {@code unit} has its result, computed by {@code member}; failed units are reported by the run. */
        default void finished(int unit, String member, byte[] result) {
        }

        /** Asked while the job runs: true ends it (the units in hand finish and are dropped). */
        default boolean cancelled() {
            return false;
        }
    }

    /** The jobs members look for: job id → kind. */
    static final String JOBS = "hyperlora.jobs";

    private final HazelcastInstance hazelcast;

    public WorkQueue(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    private static String units(String job) {
        return "hyperlora.units." + job;
    }

    private static String queue(String job) {
        return "hyperlora.queue." + job;
    }

    private static String results(String job) {
        return "hyperlora.results." + job;
    }

    private static String claims(String job) {
        return "hyperlora.claims." + job;
    }

    /** Runs the units and returns their results in order (see {@link #run(String, List, Progress)}). */
    public List<byte[]> run(String kind, List<byte[]> payloads) throws InterruptedException {
        return run(kind, payloads, Progress.NONE);
    }

    /**
     * Runs the units on the cluster (this process takes units too) and returns their results in order.
     *
     * @throws IllegalStateException naming the unit when a kind fails on it (the message of the member that ran it),
     *                               or when the cluster keeps failing for longer than it takes to settle
     * @throws CancellationException when {@code progress} cancels
     */
    public List<byte[]> run(String kind, List<byte[]> payloads, Progress progress) throws InterruptedException {
        if (UnitKinds.runner(kind).isEmpty()) {
            // the coordinator takes units too: a kind it cannot run is a kind no member of this product runs
            throw new IllegalStateException("no unit kind '" + kind + "' is registered in this process");
        }
        String job = UUID.randomUUID().toString();
        IMap<Integer, byte[]> unitMap = hazelcast.getMap(units(job));
        IMap<Integer, byte[]> resultMap = hazelcast.getMap(results(job));
        IMap<Integer, String> claimMap = hazelcast.getMap(claims(job));
        IQueue<Integer> queued = hazelcast.getQueue(queue(job));
        AtomicBoolean localStop = new AtomicBoolean();
        Thread local;
        for (int i = 0; i < payloads.size(); i++) {
            unitMap.put(i, payloads.get(i));
        }
        try {
            for (int i = 0; i < payloads.size(); i++) {
                queued.offer(i);
            }
            hazelcast.<String, String>getMap(JOBS).put(job, kind);
            // this process works on its own job as well, on a thread of its own: this one stays free to watch the
            // members, tell the progress and notice a cancel while a unit computes here
            local = new Thread(() -> {
                while (!localStop.get() && hazelcast.getLifecycleService().isRunning()) {
                    try {
                        if (!work(hazelcast, job, kind, 200)) {
                            Thread.sleep(20);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the job ended or the cluster is settling: the coordinator's loop decides what that means
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }
            }, "hyperlora unit of " + kind);
            local.setDaemon(true);
            local.start();
            long nextSweep = System.currentTimeMillis() + SWEEP_MILLIS;
            long failingSince = 0;
            Set<Integer> reported = new HashSet<>();
            Map<Integer, String> announced = new HashMap<>();
            Map<String, String> addresses = new HashMap<>();
            while (true) {
                if (progress.cancelled()) {
                    throw new CancellationException("cancelled with " + (payloads.size() - reported.size())
                            + " of " + payloads.size() + " units of " + kind + " unfinished");
                }
                // what the progress hears is told outside the cluster calls: its own failures end the job at once
                Map<Integer, byte[]> fresh = new HashMap<>();
                Map<Integer, String> takenNow = new HashMap<>();
                Map<Integer, String> lostNow = new HashMap<>();
                try {
                    for (Integer unit : new HashSet<>(resultMap.keySet())) {
                        if (!reported.contains(unit)) {
                            fresh.put(unit, resultMap.get(unit));
                        }
                    }
                    if (reported.size() + fresh.size() < payloads.size()) {
                        Thread.sleep(POLL_MILLIS);
                        if (System.currentTimeMillis() >= nextSweep) {
                            Set<Integer> requeued = new HashSet<>();
                            Map<Integer, String> holders = requeueLost(payloads.size(), resultMap, claimMap, queued,
                                    requeued);
                            for (Integer unit : requeued) {
                                String holder = announced.remove(unit);
                                if (holder != null) {
                                    lostNow.put(unit, addresses.getOrDefault(holder, "a member"));
                                }
                            }
                            for (var claim : holders.entrySet()) {
                                if (!claim.getValue().equals(announced.put(claim.getKey(), claim.getValue()))) {
                                    String address = addressOf(claim.getValue());
                                    addresses.put(claim.getValue(), address);
                                    takenNow.put(claim.getKey(), address);
                                }
                            }
                            nextSweep = System.currentTimeMillis() + SWEEP_MILLIS;
                        }
                    }
                    failingSince = 0;
                } catch (RuntimeException e) {
                    // a member died with a call in flight, partitions migrating: the cluster settles within seconds
                    // (a dead member is removed after 10 s without heartbeat); only a lasting failure ends the job
                    long now = System.currentTimeMillis();
                    failingSince = failingSince == 0 ? now : failingSince;
                    if (!hazelcast.getLifecycleService().isRunning() || now - failingSince > SETTLE_MILLIS) {
                        throw new IllegalStateException("the cluster failed while running " + payloads.size()
                                + " units of " + kind + ": " + e.getMessage(), e);
                    }
                    Thread.sleep(200);
                }
                lostNow.forEach(progress::lost);
                takenNow.forEach(progress::taken);
                // each result is told once, as it comes
                for (var result : new java.util.TreeMap<>(fresh).entrySet()) {
                    reported.add(result.getKey());
                    if (result.getValue()[0] == DONE) {
                        progress.finished(result.getKey(), memberOf(result.getValue()), payloadOf(result.getValue()));
                    }
                }
                if (reported.size() >= payloads.size()) {
                    break;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                int index = i;
                byte[] result = settled(hazelcast, () -> resultMap.get(index));
                if (result[0] == FAILED) {
                    throw new IllegalStateException("unit " + (i + 1) + " of " + payloads.size() + " (" + kind + ")"
                            + " failed on " + memberOf(result) + ": " + new String(payloadOf(result),
                                    StandardCharsets.UTF_8));
                }
                out.add(payloadOf(result));
            }
            return out;
        } finally {
            // a unit computing here is left to finish on its daemon thread; its result is dropped (the job has ended)
            localStop.set(true);
            hazelcast.<String, String>getMap(JOBS).remove(job);
            unitMap.destroy();
            resultMap.destroy();
            claimMap.destroy();
            queued.destroy();
        }
    }

    /** How often the coordinator looks for units whose member is gone, and tells which member took which. */
    private static final long SWEEP_MILLIS = 1000;
    /** How often the coordinator looks for results and a cancel. */
    private static final long POLL_MILLIS = 100;

    /**
     * Queues again every unit without a result that no live member holds and that is not queued: the units of a
     * member that left or died (also one that died between taking a unit and marking it).
     *
     * @param requeued gets the units queued again
     * @return the units live members hold now, with their members' ids
     */
    private Map<Integer, String> requeueLost(int count, IMap<Integer, byte[]> resultMap,
            IMap<Integer, String> claimMap, IQueue<Integer> queued, Set<Integer> requeued) {
        Set<String> live = new HashSet<>();
        hazelcast.getCluster().getMembers().forEach(member -> live.add(member.getUuid().toString()));
        // one snapshot of each per sweep, not a remote call per unit
        Set<Integer> done = new HashSet<>(resultMap.keySet());
        Map<Integer, String> holders = new HashMap<>(claimMap);
        Set<Integer> waiting = new HashSet<>(queued);
        Map<Integer, String> held = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String holder = holders.get(i);
            if (done.contains(i)) {
                continue;
            }
            if (holder != null && live.contains(holder)) {
                held.put(i, holder);
            } else if (!waiting.contains(i)) {
                claimMap.remove(i);
                queued.offer(i);
                requeued.add(i);
            }
        }
        return held;
    }

    /** A member's address for people (host:port), from its id. */
    private String addressOf(String uuid) {
        for (var member : hazelcast.getCluster().getMembers()) {
            if (member.getUuid().toString().equals(uuid)) {
                return member.getAddress().getHost() + ":" + member.getAddress().getPort();
            }
        }
        return "a member that has left";
    }

    /*
     * A stored result: one status byte, the length of the member's address (one byte) and the address, then the
     * kind's bytes (or, for a failure, the message).
     */
    private static final byte DONE = 0;
    private static final byte FAILED = 1;

    private static byte[] resultOf(byte status, String member, byte[] payload) {
        byte[] address = member.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[2 + address.length + payload.length];
        result[0] = status;
        result[1] = (byte) address.length;
        System.arraycopy(address, 0, result, 2, address.length);
        System.arraycopy(payload, 0, result, 2 + address.length, payload.length);
        return result;
    }

    private static String memberOf(byte[] result) {
        return new String(result, 2, result[1] & 0xff, StandardCharsets.UTF_8);
    }

    private static byte[] payloadOf(byte[] result) {
        return Arrays.copyOfRange(result, 2 + (result[1] & 0xff), result.length);
    }

    /** What a member that serves units hears: each unit it computed (for its console). */
    @FunctionalInterface
    public interface Served {

        Served NONE = (kind, job, unit, seconds, failure) -> {
        };

        /**
         * @param unit    the unit's number in its job (0-based)
         * @param failure the kind's message when it failed on the unit, or null
         */
        void computed(String kind, String job, int unit, double seconds, String failure);
    }

    static boolean work(HazelcastInstance hazelcast, String job, String kind, long waitMillis)
            throws InterruptedException {
        return work(hazelcast, job, kind, waitMillis, Served.NONE);
    }

    /**
     * Takes one unit of a job from the queue (waiting up to {@code waitMillis}) and runs it here.
     *
     * @return whether a unit was run
     */
    static boolean work(HazelcastInstance hazelcast, String job, String kind, long waitMillis, Served served)
            throws InterruptedException {
        var runner = UnitKinds.runner(kind);
        if (runner.isEmpty() || !hazelcast.getMap(JOBS).containsKey(job)) {
            // not a kind this process runs (left for the members that do), or a job that has ended: touching its
            // queue would create it again
            return false;
        }
        Integer unit = hazelcast.<Integer>getQueue(queue(job)).poll(waitMillis, TimeUnit.MILLISECONDS);
        if (unit == null) {
            return false;
        }
        IMap<Integer, byte[]> resultMap = hazelcast.getMap(results(job));
        IMap<Integer, String> claimMap = hazelcast.getMap(claims(job));
        var local = hazelcast.getCluster().getLocalMember();
        String me = local.getUuid().toString();
        String address = local.getAddress().getHost() + ":" + local.getAddress().getPort();
        boolean stored = false;
        try {
            settled(hazelcast, () -> claimMap.put(unit, me));
            byte[] payload = settled(hazelcast, () -> hazelcast.<Integer, byte[]>getMap(units(job)).get(unit));
            if (payload == null) {
                // the job ended meanwhile (or its unit was lost with two members): nothing to hold
                return false;
            }
            byte[] result;
            long begin = System.nanoTime();
            String failure = null;
            try {
                result = resultOf(DONE, address, runner.get().run(payload));
            } catch (Exception e) {
                failure = String.valueOf(e.getMessage());
                result = resultOf(FAILED, address, failure.getBytes(StandardCharsets.UTF_8));
            }
            served.computed(kind, job, unit, (System.nanoTime() - begin) / 1e9, failure);
            byte[] computed = result;
            if (!settled(hazelcast, () -> hazelcast.getMap(JOBS).containsKey(job))) {
                // the job ended (cancelled) while this unit ran: storing would create its map again
                return false;
            }
            settled(hazelcast, () -> resultMap.put(unit, computed));
            stored = true;
            return true;
        } finally {
            if (!stored && hazelcast.getLifecycleService().isRunning()) {
                // a live member's claim is never swept: give the unit back, or it would wait for this member forever
                try {
                    settled(hazelcast, () -> claimMap.remove(unit));
                } catch (RuntimeException e) {
                    // the job has ended or the cluster is gone: nothing waits for this unit any more
                }
            }
        }
    }

    /** How long a cluster call may keep failing (a member dying, partitions migrating) before it counts as failed. */
    private static final long SETTLE_MILLIS = 30_000;

    /**
     * A call to the cluster, tried again while the cluster settles after a member left or died (Hazelcast retries
     * its own invocations, but a call that was in flight to a dead member fails once its member is removed).
     */
    private static <T> T settled(HazelcastInstance hazelcast, Supplier<T> call) {
        long until = System.currentTimeMillis() + SETTLE_MILLIS;
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!hazelcast.getLifecycleService().isRunning() || System.currentTimeMillis() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * What a worker does until stopped: takes units of the announced jobs whose kinds this process runs.
     *
     * @param stop set to end the loop (after the unit in hand)
     */
    public static void serve(HazelcastInstance hazelcast, AtomicBoolean stop) throws InterruptedException {
        serve(hazelcast, stop, Served.NONE);
    }

    /**
     * As {@link #serve(HazelcastInstance, AtomicBoolean)}, telling {@code served} of each unit computed here.
     */
    public static void serve(HazelcastInstance hazelcast, AtomicBoolean stop, Served served)
            throws InterruptedException {
        IMap<String, String> jobs = hazelcast.getMap(JOBS);
        while (!stop.get() && hazelcast.getLifecycleService().isRunning()) {
            boolean worked = false;
            try {
                for (var job : jobs.entrySet()) {
                    worked |= work(hazelcast, job.getKey(), job.getValue(), 50, served);
                }
            } catch (RuntimeException e) {
                // a job ending under the poll (its queue destroyed), a member leaving, a migration: the next
                // round sees the cluster as it is now; a worker keeps serving
                if (!hazelcast.getLifecycleService().isRunning()) {
                    return;
                }
            }
            if (!worked) {
                Thread.sleep(100);
            }
        }
    }
}
