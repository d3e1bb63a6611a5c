package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.Results;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.io.StudyFingerprint;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HyperLoRA contribution: finds a study's surrogate artifact, answers exactly as the engine's surrogate does,
 * flags values outside the trained range, and refuses artifacts that are missing or belong to another study.
 */
class HyperLoraSolverTest {

    /** A LoRA surrogate of the study's shape whose hypernetwork output depends on λ (random, untrained weights). */
    private static Surrogate surrogateFor(StudySetup study) {
        Mlp network = study.newNetwork();
        LoraAdapter lora = study.lora(network, network.parameters());
        Hypernetwork hyper = new Hypernetwork(study.range(), new int[] {8}, Activation.TANH, lora.initialTrainable(3), 5);
        double[] parameters = hyper.parameters();
        Random random = new Random(7);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += 0.05 * random.nextGaussian();
        }
        hyper.setParameters(parameters);
        return new Surrogate(study.coordinates(), study.fields(), network, lora, hyper,
                study.problem().hardConstraints());
    }

    /** Saves the surrogate next to a copy of the example and links it from the study's results. */
    private static Path studyWithSurrogate(String example, Surrogate surrogate, StudySetup study, Path folder)
            throws Exception {
        Path file = Studies.copy(example, folder);
        Files.createDirectories(folder.resolve("trained"));
        Study model = StudyFiles.load(file);
        // recorded as the runner records it: trained from the study's settings as they are
        SurrogateArtifacts.save(folder.resolve("trained/surrogate.hlora"), surrogate,
                NetworkArtifacts.Description.of(study.problem(), study.referenceValue()),
                new SurrogateArtifacts.Provenance(StudyFingerprint.of(model, TrainingProfile.STUDY),
                        TrainingProfile.STUDY.literal()));
        Results results = HyperloraFactory.eINSTANCE.createResults();
        ArtifactLink link = HyperloraFactory.eINSTANCE.createArtifactLink();
        link.setKind(ArtifactKind.SURROGATE.literal());
        link.setPath("trained/surrogate.hlora");
        results.getArtifacts().add(link);
        model.setResults(results);
        StudyFiles.save(model, file);
        return file;
    }

    @Test
    void solvesThroughTheStudysTrainedArtifactExactlyAsTheEngineDoes(@TempDir Path folder) throws Exception {
        StudySetup study = StudyMapping.toEngine(StudyFiles.load(Studies.example("burgers")));
        Path file = studyWithSurrogate("burgers", surrogateFor(study), study, folder);
        Surrogate reloaded = SurrogateArtifacts.load(folder.resolve("trained/surrogate.hlora"));
        double[] points = {-0.5, 0.25, 0.0, 0.5, 0.75, 0.9};

        StudyContext context = StudyContext.load(file);
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(context, null)) {
            assertEquals(BuiltinSolvers.HYPERLORA, solver.id(), "a trained surrogate has the highest priority");
            FieldSolution low = solver.solve(new double[] {0.005}, points, null);
            FieldSolution high = solver.solve(new double[] {0.02}, points, null);
            assertArrayEquals(reloaded.solve(new double[] {0.005}, points).fields()[0], low.field("u"), 0.0);
            assertArrayEquals(reloaded.solve(new double[] {0.02}, points).fields()[0], high.field("u"), 0.0);
            assertTrue(Math.abs(low.field("u")[0] - high.field("u")[0]) > 1e-6, "the solution depends on nu");
            assertTrue(low.validity().inside());

            FieldSolution outside = solver.solve(new double[] {0.1}, points, null);
            assertFalse(outside.validity().inside());
            assertTrue(outside.validity().message().contains("nu = 0.1 is outside the trained range"),
                    outside.validity().message());
            assertArrayEquals(reloaded.solve(new double[] {0.1}, points).fields()[0], outside.field("u"), 0.0,
                    "outside, the surrogate still answers (extrapolating)");

            // the batch solve (chunks spread over the cores) gives the numbers of one solve after another
            double[][] many = new double[150][];
            for (int i = 0; i < many.length; i++) {
                many[i] = new double[] {0.004 + 0.0001 * i};
            }
            many[149] = new double[] {0.1};
            var batch = solver.solveBatch(many, points, null);
            assertEquals(150, batch.size());
            for (int i : new int[] {0, 37, 64, 100, 149}) {
                assertArrayEquals(solver.solve(many[i], points, null).field("u"), batch.get(i).field("u"), 0.0,
                        "vector " + i);
            }
            assertTrue(batch.get(100).validity().inside());
            assertFalse(batch.get(149).validity().inside(), "nu = 0.1 is outside the trained range");
            assertThrows(SolverException.class, () -> solver.solveBatch(new double[][] {{0.005}, {1e308}}, points,
                    null), "a vector it cannot answer refuses the whole batch");
        }
        try (SurrogateSolver solver = SurrogateSolvers.registry().openFor(context, new double[] {0.1}, null)) {
            assertEquals(BuiltinSolvers.EXACT, solver.id(),
                    "outside the trained range the next solver valid there is chosen");
        }
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, context, null)) {
            // the range is one decade on a log scale: a decade beyond it still answers, farther out it is refused
            assertFalse(solver.validity(new double[] {0.3}).message().contains("does not extrapolate"));
            solver.solve(new double[] {0.3}, points, null);
            SolverException far = assertThrows(SolverException.class, () -> solver.solve(new double[] {1e308}, points, null));
            assertTrue(far.getMessage().contains("nu = 1.0E308 is outside the trained range [0.0031830988618379067,"
                    + " 0.03183098861837907]: more than the range's own width beyond it; the surrogate does not"
                    + " extrapolate that far"), far.getMessage());
            assertThrows(SolverException.class, () -> solver.solve(new double[] {-1}, points, null));
        }
    }

    @Test
    void aStudyWithoutAReferenceFallsBackToRetrainingOutsideTheRange(@TempDir Path folder) throws Exception {
        StudySetup study = StudyMapping.toEngine(StudyFiles.load(Studies.example("convection")));
        Path file = studyWithSurrogate("convection", surrogateFor(study), study, folder);
        Study model = StudyFiles.load(file);
        model.getFamily().setReference(null);
        StudyContext context = new StudyContext(model, file);
        try (SurrogateSolver solver = SurrogateSolvers.registry().openFor(context, new double[] {30}, null)) {
            assertEquals(BuiltinSolvers.RETRAIN, solver.id());
        }
        try (SurrogateSolver solver = SurrogateSolvers.registry().openFor(context, new double[] {3}, null)) {
            assertEquals(BuiltinSolvers.HYPERLORA, solver.id());
        }
    }

    @Test
    void refusesMissingAndForeignArtifactsWithTheReason(@TempDir Path folder) throws Exception {
        StudySetup kovasznay = StudyMapping.toEngine(StudyFiles.load(Studies.example("kovasznay")));
        Path kovasznayFolder = Files.createDirectories(folder.resolve("k"));
        studyWithSurrogate("kovasznay", surrogateFor(kovasznay), kovasznay, kovasznayFolder);

        Path burgersFolder = Files.createDirectories(folder.resolve("b"));
        StudySetup burgers = StudyMapping.toEngine(StudyFiles.load(Studies.example("burgers")));
        Path file = studyWithSurrogate("burgers", surrogateFor(burgers), burgers, burgersFolder);
        Files.copy(kovasznayFolder.resolve("trained/surrogate.hlora"), burgersFolder.resolve("trained/surrogate.hlora"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SolverException foreign = assertThrows(SolverException.class, () -> SurrogateSolvers.registry()
                .open(BuiltinSolvers.HYPERLORA, StudyContext.load(file), null));
        assertTrue(foreign.getMessage().contains("belongs to another study: it was trained for coordinates [x, y]"),
                foreign.getMessage());
        assertTrue(foreign.getMessage().contains("fields [u, v, p] (the study has [u])"), foreign.getMessage());

        Files.delete(burgersFolder.resolve("trained/surrogate.hlora"));
        SolverException missing = assertThrows(SolverException.class, () -> SurrogateSolvers.registry()
                .open(BuiltinSolvers.HYPERLORA, StudyContext.load(file), null));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

        Files.writeString(burgersFolder.resolve("trained/surrogate.hlora"), "not an artifact");
        SolverException damaged = assertThrows(SolverException.class, () -> SurrogateSolvers.registry()
                .open(BuiltinSolvers.HYPERLORA, StudyContext.load(file), null));
        assertTrue(damaged.getMessage().contains("is damaged or not a surrogate"), damaged.getMessage());
        try (SurrogateSolver next = SurrogateSolvers.registry().open(StudyContext.load(file), null)) {
            assertEquals(BuiltinSolvers.EXACT, next.id(), "a surrogate that fails to open is passed over");
        }
    }

    @Test
    void linksWithoutAPathArePassedOverAndTheMappingFollowsModelChanges(@TempDir Path folder) throws Exception {
        StudySetup study = StudyMapping.toEngine(StudyFiles.load(Studies.example("convection")));
        Path file = studyWithSurrogate("convection", surrogateFor(study), study, folder);
        Study model = StudyFiles.load(file);
        ArtifactLink blank = HyperloraFactory.eINSTANCE.createArtifactLink();
        blank.setKind(ArtifactKind.SURROGATE.literal());
        model.getResults().getArtifacts().add(blank);
        StudyContext context = new StudyContext(model, null);
        assertEquals(file, context.studyFile().orElseThrow(), "the study's resource gives its file");
        assertEquals("trained/surrogate.hlora", context.artifact(ArtifactKind.SURROGATE).orElseThrow().getPath());
        model.getResults().getArtifacts().remove(blank); // a link without a path is an error for the validator

        assertEquals(20.0, context.engineStudy().range().upper()[0]);
        model.getFamily().getParameters().get(0).setUpper(30);
        assertEquals(30.0, context.engineStudy().range().upper()[0], "an edit to the live model is mapped again");
        model.getFamily().getParameters().get(0).setUpper(0.5);
        assertThrows(org.hyperlora.model.mapping.StudyMappingException.class, context::engineStudy);
        model.getFamily().getParameters().get(0).setUpper(20);
        assertEquals(20.0, context.engineStudy().range().upper()[0], "a failed mapping is forgotten after a fix");
    }
}
