package org.hyperlora.runner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.hyperlora.cluster.UnitKinds;
import org.hyperlora.cluster.WorkQueue;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.TrainingPipeline;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.mapping.TrainingProfile;

import com.hazelcast.core.HazelcastInstance;

/**
 * A training's per-instance LoRA fits on the members of a cluster: each continuation chain is one unit, sent as the
 * study file's bytes, the profile, the base network's weights, the start vector and the chain's parameter values (and
 * the vectors of an earlier run's fits to reuse). A member maps the study as the coordinator did, rebuilds the LoRA
 * adapter from the base weights and fits the chain on one thread and one shard, as this process's pool fits a chain,
 * so a chain's fits are the same numbers wherever it ran. The coordinator stores and checks each fit as it would its
 * own (checkpoints, divergence) as the chains come back.
 */
public final class ClusterFits implements TrainingPipeline.ChainRunner {

    /** The unit kind: one continuation chain of LoRA fits. */
    public static final String KIND = "hyperlora.lora-chain";
    /** The first bytes of a unit and of its result: a unit from another version of the product is refused. */
    private static final String FORMAT = "hyperlora.lora-chain/1";

    /** Makes this process able to run fit chains (every member, the coordinator included, registers it). */
    public static void register() {
        UnitKinds.register(KIND, ClusterFits::runUnit);
    }

    private final HazelcastInstance hazelcast;
    private final String where;
    private final byte[] studyBytes;
    private final TrainingProfile profile;
    private final RunListener listener;

    /**
     * @param study   the study as trained (its file's settings; the profile is applied on each member)
     * @param where   the cluster for people, e.g. "cluster 'lab'"
     */
    public ClusterFits(HazelcastInstance hazelcast, String where, Study study, TrainingProfile profile,
            RunListener listener) throws StudyFileException {
        this.hazelcast = hazelcast;
        this.where = where;
        this.studyBytes = StudyFiles.toBytes(withoutDataFile(study));
        this.profile = profile;
        this.listener = listener == null ? RunListener.NONE : listener;
        register();
    }

    /**
     * The study without a reference read from a data file: the fits do not use it, and the file is on this machine
     * only (a member would look for it beside a study it does not have).
     */
    private static Study withoutDataFile(Study study) {
        var reference = study.getFamily() == null ? null : study.getFamily().getReference();
        if (reference == null || reference.getKind() != ReferenceKind.DATA_FILE) {
            return study;
        }
        Study copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(study);
        copy.getFamily().setReference(null);
        return copy;
    }

    @Override
    public String describe() {
        return "on the " + hazelcast.getCluster().getMembers().size() + " members of " + where
                + " (one unit per continuation chain)";
    }

    @Override
    public List<List<InstanceFits.Fit>> run(List<double[][]> chains, LoraAdapter map, double[] start,
            InstanceFits.FitHook hook, BooleanSupplier cancelled) throws Exception {
        List<byte[]> units = new ArrayList<>();
        for (double[][] chain : chains) {
            double[][] known = new double[chain.length][];
            for (int link = 0; link < chain.length; link++) {
                known[link] = hook.find(chain[link], map.trainableCount());
            }
            units.add(new Unit(studyBytes, profile, map.baseWeights(), start, chain, known).bytes());
        }
        List<List<InstanceFits.Fit>> fits = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            fits.add(null);
        }
        Exception[] failure = new Exception[1];
        try {
            runUnits(units, chains, map, hook, cancelled, fits, failure);
        } catch (java.util.concurrent.CancellationException e) {
            if (failure[0] != null) {
                // a fit that came back diverged, or could not be stored: that is the run's failure
                throw failure[0];
            }
            throw e;
        }
        return fits;
    }

    private void runUnits(List<byte[]> units, List<double[][]> chains, LoraAdapter map, InstanceFits.FitHook hook,
            BooleanSupplier cancelled, List<List<InstanceFits.Fit>> fits, Exception[] failure)
            throws InterruptedException {
        new WorkQueue(hazelcast).run(KIND, units, new WorkQueue.Progress() {
            @Override
            public void taken(int unit, String member) {
                listener.onMessage("fits: chain " + (unit + 1) + " of " + chains.size() + " (" + chains.get(unit).length
                        + " values) runs on " + member);
            }

            @Override
            public void lost(int unit, String member) {
                listener.onMessage("fits: chain " + (unit + 1) + " of " + chains.size() + ": " + member
                        + " left or died holding it; queued again");
            }

            @Override
            public void finished(int unit, String member, byte[] result) {
                if (failure[0] != null) {
                    return;
                }
                try {
                    List<InstanceFits.Fit> chain = decodeFits(result, map);
                    listener.onMessage("fits: chain " + (unit + 1) + " of " + chains.size() + " done on " + member);
                    for (InstanceFits.Fit fit : chain) {
                        hook.finished(fit);
                    }
                    fits.set(unit, chain);
                } catch (Exception e) {
                    failure[0] = e;
                }
            }

            @Override
            public boolean cancelled() {
                return failure[0] != null || cancelled.getAsBoolean();
            }
        });
    }

    /** One chain to fit, as it travels. */
    record Unit(byte[] study, TrainingProfile profile, double[] baseWeights, double[] start, double[][] chain,
            double[][] known) {

        byte[] bytes() throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeUTF(FORMAT);
                UnitBytes.writeBytes(out, study);
                out.writeUTF(profile.literal());
                UnitBytes.writeVector(out, baseWeights);
                UnitBytes.writeVector(out, start);
                out.writeInt(chain.length);
                for (int link = 0; link < chain.length; link++) {
                    UnitBytes.writeVector(out, chain[link]);
                    out.writeBoolean(known[link] != null);
                    if (known[link] != null) {
                        UnitBytes.writeVector(out, known[link]);
                    }
                }
            }
            return buffer.toByteArray();
        }

        static Unit of(byte[] bytes) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                UnitBytes.checkFormat(in, FORMAT, "unit");
                byte[] study = UnitBytes.readBytes(in);
                TrainingProfile profile = TrainingProfile.named(in.readUTF());
                double[] base = UnitBytes.readVector(in);
                double[] start = UnitBytes.readVector(in);
                int links = in.readInt();
                double[][] chain = new double[links][];
                double[][] known = new double[links][];
                for (int link = 0; link < links; link++) {
                    chain[link] = UnitBytes.readVector(in);
                    known[link] = in.readBoolean() ? UnitBytes.readVector(in) : null;
                }
                return new Unit(study, profile, base, start, chain, known);
            }
        }
    }


    /** What a member does with a unit: the chain's fits, as this process's pool would fit it. */
    static byte[] runUnit(byte[] bytes) throws Exception {
        Unit unit = Unit.of(bytes);
        Study study = StudyFiles.fromBytes(unit.study(), "the study sent with a unit",
                Path.of(System.getProperty("java.io.tmpdir"), "hyperlora-unit.hyperlora"));
        StudySetup setup;
        try {
            setup = StudyMapping.toEngine(study, unit.profile());
        } catch (StudyMappingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Mlp base = setup.newNetwork();
        base.setParameters(unit.baseWeights());
        LoraAdapter lora = setup.lora(base, unit.baseWeights());
        InstanceFits.FitHook known = new InstanceFits.FitHook() {
            @Override
            public double[] find(double[] lambda, int length) {
                for (int link = 0; link < unit.chain().length; link++) {
                    if (Arrays.equals(unit.chain()[link], lambda)) {
                        return unit.known()[link];
                    }
                }
                return null;
            }
        };
        List<InstanceFits.Fit> fits;
        // one shard, as a chain runs in this process's pool next to others: the same numbers wherever it runs
        try (Parallelism.Scope shards = Parallelism.singleShardWhileParallel()) {
            fits = InstanceFits.runChains(setup.problem(), setup::newNetwork, List.<double[][]>of(unit.chain()), lora,
                    unit.start(), setup.fitStages(), 1, TrainingListener.NONE, known).get(0);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeUTF(FORMAT);
            out.writeInt(fits.size());
            for (InstanceFits.Fit fit : fits) {
                TrainingResult result = fit.result();
                UnitBytes.writeVector(out, fit.lambda());
                out.writeUTF(result.status().name());
                out.writeUTF(result.message() == null ? "" : result.message());
                UnitBytes.writeVector(out, result.weights());
                out.writeDouble(result.loss());
                out.writeInt(result.totalSteps());
                out.writeLong(result.elapsedNanos());
                out.writeBoolean(fit.reused());
            }
        }
        return buffer.toByteArray();
    }

    /** The fits of a chain from a member's result; the network weights are computed here from the vectors. */
    private static List<InstanceFits.Fit> decodeFits(byte[] bytes, LoraAdapter map) throws IOException {
        List<InstanceFits.Fit> fits = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            UnitBytes.checkFormat(in, FORMAT, "result");
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                double[] lambda = UnitBytes.readVector(in);
                TrainingResult.Status status = TrainingResult.Status.valueOf(in.readUTF());
                String message = in.readUTF();
                double[] vector = UnitBytes.readVector(in);
                double loss = in.readDouble();
                int steps = in.readInt();
                long nanos = in.readLong();
                boolean reused = in.readBoolean();
                if (vector.length != map.trainableCount()) {
                    throw new IOException("a member returned a fit of " + vector.length + " values where the adapter"
                            + " has " + map.trainableCount() + ": it runs another version of HyperLoRA");
                }
                double[] weights = new double[map.networkParameterCount()];
                map.networkWeights(vector, weights);
                TrainingResult result = new TrainingResult(status, message, vector, loss, List.of(), new double[0],
                        steps, nanos, List.of(), List.of(), List.of());
                fits.add(new InstanceFits.Fit(lambda, result, weights, reused));
            }
        }
        return fits;
    }
}
