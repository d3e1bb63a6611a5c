package org.hyperlora.bench.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import javax.imageio.ImageIO;

import org.hyperlora.bench.BenchStudies;
import org.hyperlora.bench.HyperLoraStudy.MethodResult;
import org.hyperlora.bench.HyperLoraStudy;
import org.hyperlora.bench.StudyMethod;
import org.hyperlora.bench.StudyReport;
import org.hyperlora.engine.hyper.HyperMode;
import org.hyperlora.engine.hyper.RankSweep;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study on the Kovasznay example's quick profile (about a minute on 2 cores), trained by the same pipeline as
 * {@code hyperlora train --profile quick}, with bounds that fail if the LoRA path, the hypernetwork or the physics
 * loss is broken, and the report written and read back.
 */
class StudyQuickTest {

    private static HyperLoraStudy.Result result;

    @BeforeAll
    static void run() throws Exception {
        Nd4jRuntime.initialize();
        StudySetup setup = StudyMapping.toEngine(BenchStudies.load("kovasznay"), TrainingProfile.QUICK);
        result = new HyperLoraStudy(setup, TrainingProfile.QUICK, null).run();
    }

    /** Geometric mean over the fields of the method's mean held-out error. */
    private static double geometricMeanOverFields(MethodResult method) {
        return overFields(method::mean);
    }

    /** Geometric mean over the fields of the method's worst held-out error. */
    private static double geometricWorstOverFields(MethodResult method) {
        return overFields(method::worst);
    }

    private static double overFields(java.util.function.IntToDoubleFunction errorOfField) {
        double sum = 0;
        for (int f = 0; f < result.fields().size(); f++) {
            sum += Math.log(errorOfField.applyAsDouble(f));
        }
        return Math.exp(sum / result.fields().size());
    }

    @Test
    void theStudyTrainsTheExampleAsItsQuickProfileSays() {
        assertEquals(5, result.trainingValues().length);
        assertEquals(4, result.testValues().length);
        // Re on a log scale: the base network at the geometric middle of [20, 100]
        assertArrayEquals(new double[] { Math.sqrt(20 * 100) }, result.setup().referenceValue(), 1e-12);
        // 2-20-20-20-3 network; the example's rank 8 is 4 in the quick profile, capped at each layer's smaller side
        assertEquals(2 * (2 + 20) + 4 * (20 + 20) + 4 * (20 + 20) + 3 * (20 + 3),
                result.method(StudyMethod.LORA_HYPERPINN).predictedParameters());
        assertEquals(result.surrogate().weightMap().trainableCount(),
                result.method(StudyMethod.LORA_HYPERPINN).predictedParameters());
        // with 5 training and 4 test values in the quick profile, the midpoints between training values are the
        // test values: the report must say so
        assertTrue(result.validationOnTestValues());
    }

    @Test
    void hyperLoraBeatsTheUnadaptedBaseAtHeldOutValues() {
        MethodResult base = result.method(StudyMethod.BASE);
        MethodResult hyperLora = result.method(StudyMethod.LORA_HYPERPINN);
        // a broken adapter or hypernetwork gives a ratio of about 1
        assertTrue(geometricMeanOverFields(hyperLora) < geometricMeanOverFields(base) / 1.4, "LoRA-HyperPINN "
                + geometricMeanOverFields(hyperLora) + " vs base " + geometricMeanOverFields(base));
        assertTrue(hyperLora.meanLoss() < base.meanLoss() / 2, "held-out physics loss " + hyperLora.meanLoss()
                + " vs base " + base.meanLoss());
    }

    @Test
    void physicsTrainingBeatsWeightsOnlyRegressionAtHeldOutValues() {
        MethodResult weightsOnly = result.method(StudyMethod.LORA_HYPERNET);
        MethodResult physics = result.method(StudyMethod.LORA_HYPERPINN);
        assertTrue(geometricWorstOverFields(physics) < geometricWorstOverFields(weightsOnly), "worst held-out error "
                + geometricWorstOverFields(physics) + " vs weights only " + geometricWorstOverFields(weightsOnly));
        assertTrue(physics.meanLoss() < weightsOnly.meanLoss(), "held-out physics loss " + physics.meanLoss()
                + " vs weights only " + weightsOnly.meanLoss());
    }

    /**
     * The parametric-PINN row: one network with the parameter as a third input, trained for the LoRA-HyperPINN's wall
     * time, learns across the range (better than the unadapted base at every held-out value) and is reported honestly
     * next to HyperLoRA.
     */
    @Test
    void theParametricPinnBaselineTrainsForHyperLorasWallTimeAndLearnsTheRange() {
        MethodResult parametric = result.method(StudyMethod.PARAMETRIC);
        // 3-20-20-20-3: x, y and Re in; u, v, p out
        assertEquals((3 * 20 + 20) + 2 * (20 * 20 + 20) + (20 * 3 + 3), parametric.predictedParameters());
        MethodResult hyperLora = result.method(StudyMethod.LORA_HYPERPINN);
        assertTrue(parametric.trainingSeconds() >= hyperLora.trainingSeconds(), parametric.trainingSeconds() + " s vs "
                + hyperLora.trainingSeconds() + " s");
        assertTrue(parametric.trainingNote().contains("Adam steps"), parametric.trainingNote());
        MethodResult base = result.method(StudyMethod.BASE);
        assertTrue(geometricMeanOverFields(parametric) < geometricMeanOverFields(base), "parametric PINN "
                + geometricMeanOverFields(parametric) + " vs base " + geometricMeanOverFields(base));
        assertTrue(parametric.meanLoss() < base.meanLoss(), parametric.meanLoss() + " vs base " + base.meanLoss());
    }

    @Test
    void loraPredictsFarFewerParametersAndPerInstanceFitsImproveOnTheBase() {
        MethodResult full = result.method(StudyMethod.FULL_HYPER);
        // 2-20-20-20-3 network: 963 weights; rank-1 adapters on all four layers: 125
        assertEquals(963, full.predictedParameters());
        assertEquals((2 + 20) + (20 + 20) + (20 + 20) + (20 + 3),
                result.method(StudyMethod.LORA_PINN, 1).predictedParameters());
        MethodResult base = result.method(StudyMethod.BASE);
        double[] losses = new double[result.options().ranks().size()];
        for (int r = 0; r < losses.length; r++) {
            MethodResult fit = result.method(StudyMethod.LORA_PINN, result.options().ranks().get(r));
            assertTrue(fit.meanLoss() < base.meanLoss() / 3, "rank " + result.options().ranks().get(r) + ": "
                    + fit.meanLoss() + " vs base " + base.meanLoss());
            losses[r] = fit.meanLoss();
        }
        assertArrayEquals(losses, result.rankMeanLoss(), 1e-12);
        assertEquals(RankSweep.recommend(result.options().ranks(), losses), result.recommendedRank());
    }

    @Test
    void fineTuningStartsFromThePredictionAndLowersItsError() {
        MethodResult predicted = result.method(StudyMethod.LORA_HYPERPINN);
        MethodResult tuned = result.method(StudyMethod.LORA_FINE_TUNED);
        HyperLoraStudy.FineTunePoint start = result.fineTuning().get(0);
        assertEquals(0, start.iterations());
        for (int i = 0; i < predicted.errors().length; i++) {
            assertArrayEquals(predicted.errors()[i], start.errors()[i], 0.0);
        }
        assertTrue(result.fineTuning().get(result.fineTuning().size() - 1).iterations() > 0);
        assertTrue(geometricMeanOverFields(tuned) < geometricMeanOverFields(predicted) / 1.1, "fine-tuned "
                + geometricMeanOverFields(tuned) + " vs predicted " + geometricMeanOverFields(predicted));
    }

    @Test
    void reportFolderHoldsTablesPlotsAndAReloadableSurrogate(@TempDir Path folder) throws Exception {
        String markdown = StudyReport.write(result, new StudyReport.Provenance("releng/bench/study.sh kovasznay quick",
                "test", ZonedDateTime.now(), "test machine"), folder);
        for (StudyMethod method : new StudyMethod[] { StudyMethod.PINN, StudyMethod.LORA_HYPERPINN,
                StudyMethod.FULL_HYPER, StudyMethod.LORA_FINE_TUNED, StudyMethod.PARAMETRIC }) {
            assertTrue(markdown.contains("| " + method.label(0) + " |"), method.label(0));
        }
        assertTrue(markdown.contains("The paper's claims on these numbers"));
        assertTrue(markdown.contains("7. **Against the parametric PINN** (parameters as inputs, the same wall time"),
                markdown);
        assertTrue(markdown.contains("**Caveat**: the hypernetwork's validation values"));
        long rows = Files.readAllLines(folder.resolve("results.csv")).size();
        assertEquals(1 + result.methods().size() * result.testValues().length * result.fields().size(), rows);
        for (String field : result.fields()) {
            assertTrue(Files.size(folder.resolve("error_vs_Re_" + field + ".png")) > 0, field);
            assertEquals(3 * 380, ImageIO.read(folder.resolve("worst_" + field + ".png").toFile()).getWidth());
        }
        double[] lambda = result.testValues()[0];
        double[] points = { 0.1, 0.2, 0.5, -0.3 };
        double[][] reloaded = SurrogateArtifacts.load(folder.resolve("surrogate.hlora")).solve(lambda, points).fields();
        double[][] original = result.surrogate().solve(lambda, points).fields();
        for (int f = 0; f < original.length; f++) {
            assertArrayEquals(original[f], reloaded[f], 0.0, "field " + f);
        }
    }

    @Test
    void aStudyTheBenchmarkCannotMeasureIsRefusedNamingWhy() throws Exception {
        Study study = BenchStudies.load("burgers");
        study.getFamily().setReference(null);
        IllegalArgumentException noReference = assertThrows(IllegalArgumentException.class,
                () -> new HyperLoraStudy(StudyMapping.toEngine(study), TrainingProfile.QUICK, null));
        assertEquals("study 'burgers' has no built-in reference: the study benchmark measures errors against an exact"
                + " solution", noReference.getMessage());
        Study weights = BenchStudies.load("burgers");
        weights.getMethod().getHypernetwork().setMode(org.hyperlora.model.HypernetworkMode.WEIGHTS);
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
                () -> new HyperLoraStudy(StudyMapping.toEngine(weights), TrainingProfile.QUICK, null));
        assertTrue(mode.getMessage().contains("mode " + HyperMode.WEIGHTS), mode.getMessage());
        StudyFileException unknown = assertThrows(StudyFileException.class, () -> BenchStudies.load("navier"));
        assertEquals("'navier' is neither a study file nor an example; examples: [kovasznay, burgers, convection, "
                + "convection-wide, cylinder, pipe-wall, sphere]", unknown.getMessage());
    }
}
