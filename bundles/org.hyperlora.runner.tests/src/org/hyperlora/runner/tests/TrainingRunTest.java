package org.hyperlora.runner.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.model.Metric;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Results;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.RunListener;
import org.hyperlora.runner.TrainingException;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingOutcome;
import org.hyperlora.runner.TrainingRun;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training pipeline end to end: stages, results in the study, the surrogate found by the solver registry. */
class TrainingRunTest {

    /** Records what a run reports. */
    static class Recorder implements RunListener {
        final List<String> stages = new CopyOnWriteArrayList<>();
        final List<String> stageDescriptions = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger progress = new AtomicInteger();
        final List<String> lossTerms = new CopyOnWriteArrayList<>();
        final List<String> lossStages = new CopyOnWriteArrayList<>();
        final AtomicInteger nonFiniteLosses = new AtomicInteger();

        @Override
        public void onStage(int stage, int stages, String name, String description) {
            this.stages.add(stage + "/" + stages + " " + name);
            stageDescriptions.add(description);
        }

        @Override
        public void onProgress(String stage, int done, int total, double loss, double secondsRemaining) {
            progress.incrementAndGet();
        }

        @Override
        public void onLosses(String stage, String optimizerStage, int step, List<String> termNames,
                double[] termLosses) {
            if (termNames.size() != termLosses.length) {
                throw new AssertionError(termNames + " but " + termLosses.length + " values");
            }
            for (int t = 0; t < termLosses.length; t++) {
                // NaN: a term the stage does not compute; anything else must be a loss
                if (!Double.isNaN(termLosses[t]) && !(termLosses[t] >= 0 && Double.isFinite(termLosses[t]))) {
                    nonFiniteLosses.incrementAndGet();
                }
                if (!lossTerms.contains(termNames.get(t))) {
                    lossTerms.add(termNames.get(t));
                }
            }
            if (!lossStages.contains(stage)) {
                lossStages.add(stage);
            }
        }

        @Override
        public void onMessage(String message) {
            messages.add(message);
        }
    }

    @Test
    void trainsBurgersOnTheQuickProfileAndTheSolverRegistryFindsTheSurrogate(@TempDir Path folder) throws Exception {
        Path file = Studies.copy("burgers", folder);
        Study study = StudyFiles.load(file);
        Recorder recorder = new Recorder();
        TrainingRun run = new TrainingRun(study, file, TrainingOptions.defaults().withProfile(TrainingProfile.QUICK).withThreads(2),
                recorder);
        TrainingOutcome outcome = run.run(new NullProgressMonitor());

        assertEquals(List.of("1/4 base PINN", "2/4 LoRA fits", "3/4 hypernetwork", "4/4 evaluation"), recorder.stages);
        assertTrue(recorder.progress.get() > 20, "progress reported: " + recorder.progress.get());
        assertTrue(recorder.lossStages.contains("base") && recorder.lossStages.stream().anyMatch(
                stage -> stage.startsWith("hypernetwork")), "per-term losses of the networks: " + recorder.lossStages);
        assertTrue(recorder.lossTerms.size() >= 2, "terms: " + recorder.lossTerms);
        assertEquals(0, recorder.nonFiniteLosses.get(), "term losses are NaN (not computed) or finite and not negative");
        assertEquals(4, outcome.evaluations().size(), "the quick profile's 4 held-out values");
        // the run says how many physics rounds it kept (each is judged midway between the training values)
        List<String> physics = recorder.messages.stream().filter(m -> m.startsWith("physics stage: ")).toList();
        assertEquals(1, physics.size(), "messages: " + recorder.messages);
        assertTrue(physics.get(0).matches("physics stage: \\d+ of \\d+ rounds kept, validation physics loss .*"),
                physics.get(0));
        assertTrue(outcome.results().getMetrics().stream().anyMatch(m -> m.getName().equals("physicsRoundsKept")));
        for (TrainingOutcome.Evaluation evaluation : outcome.evaluations()) {
            System.out.printf("quick Burgers, nu = %.5f: relative L2 %.3e, physics loss %.3e%n",
                    evaluation.parameters()[0], evaluation.relativeL2()[0], evaluation.physicsLoss());
            assertTrue(evaluation.relativeL2()[0] < 0.2, "relative L2 at nu = " + evaluation.parameters()[0] + ": "
                    + evaluation.relativeL2()[0]);
        }
        assertEquals(folder.resolve("burgers-training/surrogate.hlora"), outcome.surrogate());
        assertTrue(Files.isRegularFile(outcome.surrogate()));
        assertEquals(20, study.getParameterSets().get(0).getCount(), "the study itself keeps its settings");

        ResultsWriter.store(study, file, outcome.results());
        Study reloaded = StudyFiles.load(file);
        Results results = reloaded.getResults();
        assertNotNull(results);
        assertEquals(List.of("base-network", "surrogate"),
                results.getArtifacts().stream().map(a -> a.getKind()).sorted().toList());
        assertTrue(results.getArtifacts().stream().anyMatch(a -> a.getPath().equals("burgers-training/surrogate.hlora")),
                "artifact paths are relative to the study");
        List<Metric> errors = results.getMetrics().stream().filter(m -> m.getName().equals("relativeL2")).toList();
        assertEquals(4, errors.size());
        assertEquals("u", errors.get(0).getField().getName());
        assertEquals("nu", errors.get(0).getParameterValues().get(0).getParameter().getName());
        assertEquals(outcome.evaluations().get(0).relativeL2()[0], errors.get(0).getValue(), 0.0);
        assertFalse(results.getLossHistories().isEmpty());
        assertTrue(results.getLossHistories().get(0).getSteps().size() > 10);
        assertNotNull(results.getStarted());
        assertTrue(results.getFinished().compareTo(results.getStarted()) >= 0);
        assertEquals(org.eclipse.emf.common.util.Diagnostic.OK, StudyFiles.validate(reloaded).getSeverity());

        StudyContext context = StudyContext.load(file);
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(context, null)) {
            assertEquals(BuiltinSolvers.HYPERLORA, solver.id());
            double[] points = {0.25, 0.5, -0.5, 0.75};
            FieldSolution solution = solver.solve(outcome.evaluations().get(1).parameters(), points, null);
            assertTrue(solution.validity().inside());
            assertTrue(Double.isFinite(solution.field("u")[0]));
        }
    }

    /**
     * A study whose method is the parametric PINN trains that network (two stages, progress reported, cancel between
     * steps), stores it as the study's surrogate, evaluates it like a HyperLoRA surrogate, and the parametric PINN's
     * solver answers for it — saying so — while the HyperLoRA solver says why it does not. Switching the method back
     * makes the stored surrogate out of date.
     */
    @Test
    void aStudyWhoseMethodIsTheParametricPinnTrainsAndSolvesThroughIt(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        study.getMethod().setSurrogateKind(org.hyperlora.model.SurrogateKind.PARAMETRIC_PINN);
        StudyFiles.save(study, file);
        Recorder recorder = new Recorder();
        TrainingOutcome outcome = new TrainingRun(study, file, TrainingOptions.defaults().withThreads(2), recorder)
                .run(new NullProgressMonitor());

        assertEquals(List.of("1/2 parametric PINN", "2/2 evaluation"), recorder.stages);
        assertTrue(recorder.progress.get() > 10, "progress reported: " + recorder.progress.get());
        assertEquals(2, outcome.evaluations().size());
        for (TrainingOutcome.Evaluation evaluation : outcome.evaluations()) {
            System.out.printf("tiny convection, parametric PINN, beta = %.3f: relative L2 %.3e, physics loss %.3e%n",
                    evaluation.parameters()[0], evaluation.relativeL2()[0], evaluation.physicsLoss());
            assertTrue(evaluation.relativeL2()[0] < 1.0 && evaluation.physicsLoss() < 1.0, "it learned something: "
                    + evaluation.relativeL2()[0] + ", physics loss " + evaluation.physicsLoss());
        }
        assertEquals(SurrogateArtifacts.KIND_PARAMETRIC,
                org.hyperlora.engine.io.Artifact.read(outcome.surrogate()).kind());
        ResultsWriter.store(study, file, outcome.results());
        Study reloaded = StudyFiles.load(file);
        assertEquals(List.of("surrogate"), reloaded.getResults().getArtifacts().stream().map(a -> a.getKind()).toList());
        assertTrue(reloaded.getResults().getMetrics().stream().anyMatch(m -> m.getStage().equals("parametric")
                && m.getName().equals("physicsLoss")));
        assertEquals(org.eclipse.emf.common.util.Diagnostic.OK, StudyFiles.validate(reloaded).getSeverity(),
                () -> StudyFiles.format(StudyFiles.validate(reloaded)));

        StudyContext context = StudyContext.load(file);
        double[] lambda = outcome.evaluations().get(0).parameters();
        double[] points = { 1.0, 0.5, 4.0, 0.25 };
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(context, null)) {
            assertEquals(BuiltinSolvers.PARAMETRIC_PINN, solver.id(), "the study's own surrogate answers first");
            assertEquals("Parametric PINN", solver.name());
            FieldSolution solution = solver.solve(lambda, points, null);
            assertTrue(solution.validity().inside());
            double[] direct = SurrogateArtifacts.loadAny(outcome.surrogate()).solve(lambda, points).fields()[0];
            assertArrayEquals(direct, solution.field("u"), 0.0);
        }
        org.hyperlora.solver.SolverException refused = assertThrows(org.hyperlora.solver.SolverException.class,
                () -> SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, context, null));
        assertTrue(refused.getMessage().contains("the study's method is the parametric PINN, not the HyperLoRA"
                + " surrogate"), refused.getMessage());

        reloaded.getMethod().setSurrogateKind(org.hyperlora.model.SurrogateKind.HYPERLORA);
        assertEquals(org.hyperlora.model.io.SurrogateStatus.State.OUT_OF_DATE,
                org.hyperlora.model.io.SurrogateStatus.of(reloaded, outcome.surrogate()).state());
    }

    @Test
    void aCancelledRunResumesWithoutRedoingFinishedStagesOrFits(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        AtomicInteger fitsDone = new AtomicInteger();
        Recorder first = new Recorder() {
            @Override
            public void onProgress(String stage, int done, int total, double loss, double secondsRemaining) {
                if (stage.equals("fits")) {
                    fitsDone.set(done);
                }
            }
        };
        NullProgressMonitor cancelAfterTwoFits = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return fitsDone.get() >= 2;
            }
        };
        TrainingOptions options = TrainingOptions.defaults().withThreads(1);
        assertThrows(OperationCanceledException.class,
                () -> new TrainingRun(study, file, options, first).run(cancelAfterTwoFits));
        Path checkpoints = folder.resolve("convection-training/checkpoints");
        assertTrue(Files.exists(checkpoints.resolve("base.hlnet")));
        long savedFits;
        try (var files = Files.list(checkpoints)) {
            savedFits = files.filter(f -> f.toString().endsWith(".hlfit")).count();
        }
        assertTrue(savedFits >= 2 && savedFits < 4, "fits checkpointed before the cancel: " + savedFits);

        Recorder second = new Recorder();
        TrainingOutcome resumed = new TrainingRun(study, file, options.withResume(true), second).run(null);
        assertTrue(resumed.resumed());
        assertTrue(resumed.reusedBase());
        assertEquals(savedFits, resumed.reusedFits());
        assertEquals(2, resumed.evaluations().size());

        // a fresh run without resume retrains everything and gets the same answer: training is deterministic
        TrainingOutcome fresh = new TrainingRun(study, file, options, new Recorder()).run(null);
        assertFalse(fresh.resumed());
        assertFalse(fresh.reusedBase());
        assertEquals(0, fresh.reusedFits());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(fresh.evaluations().get(i).relativeL2(), resumed.evaluations().get(i).relativeL2(), 1e-9,
                    "resumed and uninterrupted runs agree at test value " + i);
        }
    }

    @Test
    void resumeAfterTheStudyChangedStartsOver(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        TrainingOptions options = TrainingOptions.defaults().withThreads(2);
        new TrainingRun(study, file, options, null).run(null);
        study.getMethod().getTraining().setCollocationPoints(150);
        Recorder recorder = new Recorder();
        TrainingOutcome outcome = new TrainingRun(study, file, options.withResume(true), recorder).run(null);
        assertFalse(outcome.resumed());
        assertFalse(outcome.reusedBase());
        assertTrue(recorder.messages.stream().anyMatch(m -> m.contains("settings changed")), recorder.messages.toString());
    }

    @Test
    void anInvalidStudyIsRefusedWithTheValidatorsMessage(@TempDir Path folder) throws Exception {
        Path file = Studies.copy("convection", folder);
        Study study = StudyFiles.load(file);
        study.getFamily().getEquations().get(0).setResidual("u_t + beta*w_x");
        TrainingException refused = assertThrows(TrainingException.class,
                () -> new TrainingRun(study, file, TrainingOptions.defaults(), null).run(null));
        assertTrue(refused.getMessage().contains("cannot train study 'convection'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("unknown"), refused.getMessage());
        assertFalse(Files.exists(folder.resolve("convection-training")), "nothing is written for an invalid study");
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstRuns(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        study.getMethod().getTraining().getBaseStages().get(0).setIterations(100_000);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        NullProgressMonitor firstMonitor = new NullProgressMonitor();
        Thread first = new Thread(() -> {
            try {
                new TrainingRun(study, file, TrainingOptions.defaults(), new Recorder() {
                    @Override
                    public void onProgress(String stage, int done, int total, double loss, double remaining) {
                        started.countDown();
                    }
                }).run(firstMonitor);
            } catch (OperationCanceledException | TrainingException e) {
                // cancelled below
            }
        });
        first.start();
        assertTrue(started.await(60, java.util.concurrent.TimeUnit.SECONDS));
        TrainingException busy = assertThrows(TrainingException.class,
                () -> new TrainingRun(StudyFiles.load(file), file, TrainingOptions.defaults(), null).run(null));
        assertTrue(busy.getMessage().contains("is already being trained"), busy.getMessage());
        firstMonitor.setCanceled(true);
        first.join(30_000);
        assertFalse(first.isAlive(), "cancel stops the first run");
    }

    @Test
    void aRunThatIsCancelledLateLeavesTheEarlierSurrogateInPlace(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        new TrainingRun(study, file, TrainingOptions.defaults(), null).run(null);
        Path surrogate = folder.resolve("convection-training/surrogate.hlora");
        byte[] before = Files.readAllBytes(surrogate);
        study.getMethod().getNetwork().setSeed(7); // a different network: a different surrogate
        NullProgressMonitor cancelInEvaluation = new NullProgressMonitor();
        Recorder cancelAtStageFour = new Recorder() {
            @Override
            public void onStage(int stage, int stages, String name, String description) {
                if (stage == 4) {
                    cancelInEvaluation.setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> new TrainingRun(study, file, TrainingOptions.defaults(), cancelAtStageFour).run(cancelInEvaluation));
        assertArrayEquals(before, Files.readAllBytes(surrogate), "the surrogate the study points to is untouched");
    }

    /**
     * A study whose reference is a data file (rows sampled from the exact convection solution at a held-out value
     * and at a value the study does not name) is evaluated against those rows: errors at the data's own points, the
     * same numbers as the surrogate against the exact solution there, and no error where there is no data.
     */
    @Test
    void aDataFileIsTheReferenceAtItsOwnParameterValuesAndPoints(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        StudySetup setup = StudyMapping.toEngine(study);
        double[] heldOut = setup.testValues()[0];
        double[] unnamed = setup.range().fromUnit(new double[] {0.37});
        ReferenceSolution exact = ReferenceSolutions.byName("convection");
        Domain domain = setup.problem().domain();
        SplittableRandom random = new SplittableRandom(5);
        double[][][] points = new double[2][40][2];
        StringBuilder csv = new StringBuilder("u,t,x,beta\n"); // any column order
        for (int c = 0; c < 2; c++) {
            double[] lambda = c == 0 ? heldOut : unnamed;
            for (double[] point : points[c]) {
                for (int k = 0; k < 2; k++) {
                    point[k] = random.nextDouble(domain.lower(k), domain.upper(k));
                }
            }
            double[][] values = exact.evaluate(lambda, points[c]);
            for (int i = 0; i < points[c].length; i++) {
                csv.append(values[0][i]).append(',').append(points[c][i][1]).append(',').append(points[c][i][0])
                        .append(',').append(lambda[0]).append('\n');
            }
        }
        Files.writeString(folder.resolve("convection-data.csv"), csv);
        study.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        study.getFamily().getReference().setDataFile("convection-data.csv");
        StudyFiles.save(study, file);

        Recorder recorder = new Recorder();
        TrainingOutcome outcome = new TrainingRun(StudyFiles.load(file), file,
                TrainingOptions.defaults().withThreads(2), recorder).run(null);

        assertTrue(recorder.stageDescriptions.get(3).contains("errors at the rows of convection-data.csv"
                + " (2 parameter values, 80 points)"), recorder.stageDescriptions.get(3));
        assertEquals(setup.testValues().length + 1, outcome.evaluations().size(), "the held-out values and the data's");
        Surrogate surrogate = SurrogateArtifacts.load(outcome.surrogate());
        int measured = 0;
        for (TrainingOutcome.Evaluation evaluation : outcome.evaluations()) {
            int c = Arrays.equals(evaluation.parameters(), heldOut) ? 0
                    : Arrays.equals(evaluation.parameters(), unnamed) ? 1 : -1;
            if (c < 0) {
                assertNull(evaluation.relativeL2(), "no data at " + Arrays.toString(evaluation.parameters()));
                continue;
            }
            double[] flat = new double[80];
            for (int i = 0; i < 40; i++) {
                flat[2 * i] = points[c][i][0];
                flat[2 * i + 1] = points[c][i][1];
            }
            double expected = ErrorMetrics.compareAll(List.of("u"), surrogate.solve(evaluation.parameters(), flat)
                    .fields(), exact.evaluate(evaluation.parameters(), points[c]), List.of()).get(0).relativeL2();
            assertEquals(expected, evaluation.relativeL2()[0], 1e-12 * expected);
            assertTrue(expected > 1e-4 && expected < 2, "a real error of a tiny network: " + expected);
            measured++;
        }
        assertEquals(2, measured);
    }

    /**
     * Hybrid physics and data: rows sampled from the exact convection solution at two values the study does not name,
     * trained on with a data weight, bring the surrogate closer to the exact solution there (on a whole grid, not only
     * at the rows) and do not make it worse at the held-out values than the same study trained on physics alone.
     */
    @Test
    void aDataWeightTrainsOnTheDataAndDoesNotMakeTheSurrogateWorse(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        StudySetup setup = StudyMapping.toEngine(study);
        double[][] withData = { setup.range().fromUnit(new double[] {0.37}), setup.range().fromUnit(new double[] {0.81}) };
        ReferenceSolution exact = ReferenceSolutions.byName("convection");
        Domain domain = setup.problem().domain();
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("beta,x,t,u\n");
        for (double[] lambda : withData) {
            double[][] points = new double[60][2];
            for (double[] point : points) {
                for (int k = 0; k < 2; k++) {
                    point[k] = random.nextDouble(domain.lower(k), domain.upper(k));
                }
            }
            double[][] values = exact.evaluate(lambda, points);
            for (int i = 0; i < points.length; i++) {
                csv.append(lambda[0]).append(',').append(points[i][0]).append(',').append(points[i][1]).append(',')
                        .append(values[0][i]).append('\n');
            }
        }
        Files.writeString(folder.resolve("convection-data.csv"), csv);
        study.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        study.getFamily().getReference().setDataFile("convection-data.csv");
        StudyFiles.save(study, file);
        double[][] physicsOnly = gridErrors(file, exact, withData, setup.testValues());

        study.getFamily().getReference().setDataWeight(1.0);
        StudyFiles.save(study, file);
        StudySetup hybrid = StudyMapping.toEngine(StudyFiles.load(file));
        assertEquals(setup.trainingValues().length + 2, hybrid.trainingValues().length,
                "the data's values are fitted too");
        assertEquals(2, hybrid.problem().dataParameterValues().length);
        double[][] physicsAndData = gridErrors(file, exact, withData, setup.testValues());

        double dataBefore = mean(physicsOnly[0]), dataAfter = mean(physicsAndData[0]);
        double heldOutBefore = mean(physicsOnly[1]), heldOutAfter = mean(physicsAndData[1]);
        System.out.printf("data term: at the data's values %.3e -> %.3e, held out %.3e -> %.3e%n", dataBefore,
                dataAfter, heldOutBefore, heldOutAfter);
        assertTrue(dataAfter < 0.8 * dataBefore, "closer where the data is: " + dataBefore + " -> " + dataAfter);
        assertTrue(heldOutAfter <= heldOutBefore, "not worse where it is not: " + heldOutBefore + " -> " + heldOutAfter);
    }

    /** Trains the study and measures its surrogate against the exact solution on a 41×41 grid: [set][value]. */
    private static double[][] gridErrors(Path file, ReferenceSolution exact, double[][]... sets) throws Exception {
        TrainingOutcome outcome = new TrainingRun(StudyFiles.load(file), file, TrainingOptions.defaults().withThreads(2),
                new Recorder()).run(null);
        Surrogate surrogate = SurrogateArtifacts.load(outcome.surrogate());
        StudySetup setup = StudyMapping.toEngine(StudyFiles.load(file));
        Domain domain = setup.problem().domain();
        int n = 41;
        double[][] grid = new double[n * n][2];
        double[] flat = new double[2 * n * n];
        for (int i = 0; i < n * n; i++) {
            for (int k = 0; k < 2; k++) {
                int step = k == 0 ? i % n : i / n;
                grid[i][k] = domain.lower(k) + (domain.upper(k) - domain.lower(k)) * step / (n - 1);
                flat[2 * i + k] = grid[i][k];
            }
        }
        double[][] errors = new double[sets.length][];
        for (int s = 0; s < sets.length; s++) {
            errors[s] = new double[sets[s].length];
            for (int v = 0; v < sets[s].length; v++) {
                errors[s][v] = ErrorMetrics.compareAll(List.of("u"), surrogate.solve(sets[s][v], flat).fields(),
                        exact.evaluate(sets[s][v], grid), List.of()).get(0).relativeL2();
            }
        }
        return errors;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    @Test
    void overlappingTrainingSetsTrainEachValueOnce(@TempDir Path folder) throws Exception {
        Path file = Studies.tinyConvection(folder);
        Study study = StudyFiles.load(file);
        var copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(study.getParameterSets().get(0));
        copy.setName("the same values again");
        study.getParameterSets().add(copy);
        Recorder recorder = new Recorder();
        TrainingOutcome outcome = new TrainingRun(study, file, TrainingOptions.defaults().withThreads(2), recorder)
                .run(null);
        assertEquals(2, outcome.evaluations().size());
        try (var files = Files.list(folder.resolve("convection-training/checkpoints"))) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".hlfit")).count(), "4 distinct training values");
        }
    }
}
