package org.hyperlora.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/**
 * Units of work spread over the members of a cluster, the coordinating process included. A job's units are byte
 * arrays stored in the cluster (with a backup copy on another member, Hazelcast's default) and their numbers queued;
 * every member takes numbers from the queue, runs the unit's kind ({@link UnitKinds}), and stores the result. A unit
 * a member took is marked with that member; when the member leaves or dies, the coordinator (looking every second)
 * queues its unfinished units again, so nothing is lost; a unit may then run twice, with the same result. Results come back in the units' order and do not depend on where a unit ran.
 */
public final class WorkQueue {

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

    /**
     * Runs the units on the cluster (this process takes units too) and returns their results in order.
     *
     * @throws IllegalStateException naming the unit when a kind fails on it (the message of the member that ran it)
     */
    public List<byte[]> run(String kind, List<byte[]> payloads) throws InterruptedException {
        if (UnitKinds.runner(kind).isEmpty()) {
            // the coordinator takes units too: a kind it cannot run is a kind no member of this product runs
            throw new IllegalStateException("no unit kind '" + kind + "' is registered in this process");
        }
        String job = UUID.randomUUID().toString();
        IMap<Integer, byte[]> unitMap = hazelcast.getMap(units(job));
        IMap<Integer, byte[]> resultMap = hazelcast.getMap(results(job));
        IMap<Integer, String> claimMap = hazelcast.getMap(claims(job));
        var queued = hazelcast.<Integer>getQueue(queue(job));
        for (int i = 0; i < payloads.size(); i++) {
            unitMap.put(i, payloads.get(i));
        }
        try {
            for (int i = 0; i < payloads.size(); i++) {
                queued.offer(i);
            }
            hazelcast.<String, String>getMap(JOBS).put(job, kind);
            // this process works on its own job as well, until every unit has a result
            long nextSweep = System.currentTimeMillis() + SWEEP_MILLIS;
            while (resultMap.size() < payloads.size()) {
                if (!work(hazelcast, job, kind, 200)) {
                    Thread.sleep(20);
                }
                if (System.currentTimeMillis() >= nextSweep) {
                    requeueLost(payloads.size(), resultMap, claimMap, queued);
                    nextSweep = System.currentTimeMillis() + SWEEP_MILLIS;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                byte[] result = resultMap.get(i);
                if (result.length > 0 && result[0] == FAILED) {
                    throw new IllegalStateException("unit " + (i + 1) + " of " + payloads.size() + " (" + kind + ")"
                            + " failed: " + new String(result, 1, result.length - 1,
                                    java.nio.charset.StandardCharsets.UTF_8));
                }
                out.add(java.util.Arrays.copyOfRange(result, 1, result.length));
            }
            return out;
        } finally {
            hazelcast.<String, String>getMap(JOBS).remove(job);
            unitMap.destroy();
            resultMap.destroy();
            claimMap.destroy();
            queued.destroy();
        }
    }

    /** How often the coordinator looks for units whose member is gone. */
    private static final long SWEEP_MILLIS = 1000;

    /**
     * Queues again every unit without a result that no live member holds and that is not queued: the units of a
     * member that left or died (also one that died between taking a unit and marking it).
     */
    private void requeueLost(int count, IMap<Integer, byte[]> resultMap, IMap<Integer, String> claimMap,
            com.hazelcast.collection.IQueue<Integer> queued) {
        java.util.Set<String> live = new java.util.HashSet<>();
        hazelcast.getCluster().getMembers().forEach(member -> live.add(member.getUuid().toString()));
        // one snapshot of each per sweep, not a remote call per unit
        java.util.Set<Integer> done = new java.util.HashSet<>(resultMap.keySet());
        java.util.Map<Integer, String> holders = new java.util.HashMap<>(claimMap);
        java.util.Set<Integer> waiting = new java.util.HashSet<>(queued);
        for (int i = 0; i < count; i++) {
            String holder = holders.get(i);
            if (!done.contains(i) && (holder == null || !live.contains(holder)) && !waiting.contains(i)) {
                claimMap.remove(i);
                queued.offer(i);
            }
        }
    }

    private static final byte DONE = 0;
    private static final byte FAILED = 1;

    /**
     * Takes one unit of a job from the queue (waiting up to {@code waitMillis}) and runs it here.
     *
     * @return whether a unit was run
     */
    static boolean work(HazelcastInstance hazelcast, String job, String kind, long waitMillis)
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
        hazelcast.<Integer, String>getMap(claims(job)).put(unit, hazelcast.getCluster().getLocalMember().getUuid()
                .toString());
        byte[] payload = hazelcast.<Integer, byte[]>getMap(units(job)).get(unit);
        if (payload == null) {
            // the job ended meanwhile (or its unit was lost with two members): nothing to hold
            hazelcast.<Integer, String>getMap(claims(job)).remove(unit);
            return false;
        }
        byte[] result;
        try {
            byte[] value = runner.get().run(payload);
            result = new byte[value.length + 1];
            result[0] = DONE;
            System.arraycopy(value, 0, result, 1, value.length);
        } catch (Exception e) {
            byte[] message = String.valueOf(e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            result = new byte[message.length + 1];
            result[0] = FAILED;
            System.arraycopy(message, 0, result, 1, message.length);
        }
        resultMap.put(unit, result);
        return true;
    }

    /**
     * What a worker does until stopped: takes units of the announced jobs whose kinds this process runs.
     *
     * @param stop set to end the loop (after the unit in hand)
     */
    public static void serve(HazelcastInstance hazelcast, AtomicBoolean stop) throws InterruptedException {
        IMap<String, String> jobs = hazelcast.getMap(JOBS);
        while (!stop.get() && hazelcast.getLifecycleService().isRunning()) {
            boolean worked = false;
            for (var job : jobs.entrySet()) {
                try {
                    worked |= work(hazelcast, job.getKey(), job.getValue(), 50);
                } catch (RuntimeException e) {
                    // a job ending under the poll (its queue destroyed), a member leaving, a migration: the next
                    // round sees the cluster as it is now; a worker keeps serving
                    if (!hazelcast.getLifecycleService().isRunning()) {
                        return;
                    }
                }
            }
            if (!worked) {
                Thread.sleep(100);
            }
        }
    }
}
