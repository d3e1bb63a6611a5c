package org.hyperlora.runner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.cluster.UnitKinds;
import org.hyperlora.cluster.WorkQueue;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.solver.Uncertainty;

import com.hazelcast.core.HazelcastInstance;

/**
 * The samples of an uncertainty propagation on the members of a cluster: one unit per chunk of samples, sent as the
 * study file's bytes, the trained surrogate's bytes with its place beside the study (when the study has one), the
 * solver's id, the evaluation points and quantities, and the chunk's parameter values. A member writes the two files
 * into a folder of its own, opens the solver on them as this process opens it (the same checks: a stale or foreign
 * surrogate is refused there too) and solves the chunk as {@link Uncertainty#chunk} does here; the partials are
 * merged in chunk order, so the statistics are the numbers of a run alone.
 */
public final class ClusterSamples implements Uncertainty.ChunkSolver {

    /** The unit kind: one chunk of an uncertainty propagation's samples. */
    public static final String KIND = "hyperlora.uq-chunk";
    private static final String FORMAT = "hyperlora.uq-chunk/1";

    /** Makes this process able to solve chunks (every member, the coordinator included, registers it). */
    public static void register() {
        UnitKinds.register(KIND, ClusterSamples::runUnit);
    }

    /** Why {@link #canSend} may say no. */
    public static final String WHY_NOT = "the study's reference is read from a data file, which the members do not"
            + " have; its samples are solved here";

    /**
     * Whether the study can be sent as it is: not when its reference comes from a data file (a member would look for
     * the file beside a study it has only as bytes).
     */
    public static boolean canSend(StudyContext study) {
        var reference = study.study().getFamily() == null ? null : study.study().getFamily().getReference();
        return reference == null || reference.getKind() != org.hyperlora.model.ReferenceKind.DATA_FILE;
    }

    private final HazelcastInstance hazelcast;
    private final byte[] context;

    /**
     * @param points     the evaluator's points, as given to its constructor
     * @param quantities the evaluator's quantities
     * @throws StudyFileException when the study cannot be written as bytes or its surrogate read
     */
    public ClusterSamples(HazelcastInstance hazelcast, String solverId, StudyContext study, double[] points,
            List<DerivedQuantity> quantities) throws StudyFileException {
        this.hazelcast = hazelcast;
        register();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeUTF(FORMAT);
            out.writeUTF(solverId);
            UnitBytes.writeBytes(out, StudyFiles.toBytes(study.study()));
            var link = study.artifact(ArtifactKind.SURROGATE);
            var file = link.flatMap(l -> study.resolve(l.getPath())).filter(Files::isRegularFile);
            out.writeBoolean(file.isPresent());
            if (file.isPresent()) {
                out.writeUTF(link.get().getPath());
                UnitBytes.writeBytes(out, Files.readAllBytes(file.get()));
            }
            UnitBytes.writeVector(out, points);
            out.writeInt(quantities.size());
            for (DerivedQuantity quantity : quantities) {
                out.writeUTF(quantity.kind().literal());
                out.writeUTF(quantity.field());
                out.writeBoolean(quantity.kind() == DerivedQuantity.Kind.PROBE);
                if (quantity.kind() == DerivedQuantity.Kind.PROBE) {
                    UnitBytes.writeVector(out, quantity.point());
                }
            }
        } catch (IOException e) {
            throw new StudyFileException("the study's files cannot be sent to the cluster: " + e.getMessage(), e);
        }
        this.context = buffer.toByteArray();
    }

    @Override
    public List<Uncertainty.Chunk> solve(List<double[][]> chunks, IProgressMonitor monitor) throws SolverException {
        SubMonitor progress = SubMonitor.convert(monitor, chunks.size());
        List<byte[]> units = new ArrayList<>();
        try {
            for (double[][] chunk : chunks) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(buffer)) {
                    UnitBytes.writeBytes(out, context);
                    out.writeInt(chunk.length);
                    for (double[] sample : chunk) {
                        UnitBytes.writeVector(out, sample);
                    }
                }
                units.add(buffer.toByteArray());
            }
            List<byte[]> results = new WorkQueue(hazelcast).run(KIND, units, new WorkQueue.Progress() {
                @Override
                public void finished(int unit, String member, byte[] result) {
                    progress.worked(1);
                }

                @Override
                public boolean cancelled() {
                    return progress.isCanceled();
                }
            });
            List<Uncertainty.Chunk> solved = new ArrayList<>();
            for (byte[] result : results) {
                solved.add(chunkOf(result));
            }
            return solved;
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SolverException("interrupted while the cluster solved the samples", e);
        } catch (IOException e) {
            throw new SolverException("a member's result cannot be read: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new SolverException(e.getMessage(), e);
        }
    }

    /** The study's files and the solver opened on them, kept while the same context comes (one job's chunks). */
    private record Opened(String digest, Path folder, StudyContext study, SurrogateSolver solver,
            QuantityEvaluator evaluator) {
    }

    private static Opened opened;

    /** What a member does with a unit: the chunk's partials, as {@link Uncertainty#chunk} gives them here. */
    static synchronized byte[] runUnit(byte[] bytes) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        byte[] context = UnitBytes.readBytes(in);
        int count = in.readInt();
        double[][] samples = new double[count][];
        for (int s = 0; s < count; s++) {
            samples[s] = UnitBytes.readVector(in);
        }
        String digest = digest(context);
        if (opened == null || !opened.digest().equals(digest)) {
            close();
            opened = open(context, digest);
        }
        Uncertainty.Chunk chunk = Uncertainty.chunk(opened.solver(), opened.evaluator(), samples,
                new NullProgressMonitor());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeUTF(FORMAT);
            out.writeInt(chunk.fields().size());
            for (String field : chunk.fields()) {
                out.writeUTF(field);
            }
            out.writeInt(chunk.count());
            out.writeBoolean(chunk.inside() != null);
            if (chunk.inside() != null) {
                out.writeInt(chunk.inside().length);
                for (boolean inside : chunk.inside()) {
                    out.writeBoolean(inside);
                }
            }
            for (int f = 0; f < chunk.fields().size(); f++) {
                UnitBytes.writeVector(out, chunk.mean()[f]);
                UnitBytes.writeVector(out, chunk.m2()[f]);
            }
            out.writeInt(chunk.derived().length);
            for (double[] values : chunk.derived()) {
                UnitBytes.writeVector(out, values);
            }
        }
        return buffer.toByteArray();
    }

    private static Opened open(byte[] context, String digest) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(context));
        UnitBytes.checkFormat(in, FORMAT, "unit");
        String solverId = in.readUTF();
        byte[] studyBytes = UnitBytes.readBytes(in);
        Path folder = Files.createTempDirectory("hyperlora-unit-");
        Path studyFile = folder.resolve("study.hyperlora");
        Files.write(studyFile, studyBytes);
        if (in.readBoolean()) {
            String relative = in.readUTF();
            Path surrogate = folder.resolve(relative).normalize();
            if (!surrogate.startsWith(folder)) {
                // a unit names where its surrogate goes beside the study: never outside this member's folder
                throw new IOException("a unit's surrogate path '" + relative + "' leaves its folder");
            }
            Files.createDirectories(surrogate.getParent());
            Files.write(surrogate, UnitBytes.readBytes(in));
        }
        double[] points = UnitBytes.readVector(in);
        int count = in.readInt();
        List<DerivedQuantity> quantities = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            DerivedQuantity.Kind kind = DerivedQuantity.Kind.of(in.readUTF());
            String field = in.readUTF();
            quantities.add(in.readBoolean() ? DerivedQuantity.probe(field, UnitBytes.readVector(in))
                    : DerivedQuantity.over(kind, field));
        }
        StudyContext study = new StudyContext(StudyFiles.load(studyFile), studyFile);
        SurrogateSolver solver = SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor());
        return new Opened(digest, folder, study, solver, new QuantityEvaluator(study.engineStudy().problem(), points,
                quantities));
    }

    private static void close() {
        if (opened == null) {
            return;
        }
        try {
            opened.solver().close();
        } catch (RuntimeException e) {
            // the next context opens its own
        }
        opened.study().dispose();
        try (var files = Files.walk(opened.folder())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
        opened = null;
    }

    private static String digest(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Uncertainty.Chunk chunkOf(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        UnitBytes.checkFormat(in, FORMAT, "result");
        int fieldCount = in.readInt();
        List<String> fields = new ArrayList<>();
        for (int f = 0; f < fieldCount; f++) {
            fields.add(in.readUTF());
        }
        int count = in.readInt();
        boolean[] inside = null;
        if (in.readBoolean()) {
            inside = new boolean[in.readInt()];
            for (int k = 0; k < inside.length; k++) {
                inside[k] = in.readBoolean();
            }
        }
        double[][] mean = new double[fieldCount][];
        double[][] m2 = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            mean[f] = UnitBytes.readVector(in);
            m2[f] = UnitBytes.readVector(in);
        }
        double[][] derived = new double[in.readInt()][];
        for (int q = 0; q < derived.length; q++) {
            derived[q] = UnitBytes.readVector(in);
        }
        return new Uncertainty.Chunk(List.copyOf(fields), count, inside, mean, m2, derived);
    }
}
