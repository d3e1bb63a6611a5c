package org.hyperlora.model.tests.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.io.StudyFingerprint;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.model.tests.Studies;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** The mapping from a study to the engine's configuration. */
class StudyMappingTest {

    private static final int[] HIDDEN = { 32, 32, 32 };

    private static StudySetup map(String example) throws StudyMappingException {
        return StudyMapping.toEngine(Studies.load(example));
    }

    /**
     * A data-file reference is read beside the study, kept through a profile's scaled copy (which has no folder),
     * and refused with a clear message for a study that has never been saved.
     */
    @Test
    void aDataFileIsReadBesideTheStudyAndKeptThroughAProfile(@TempDir Path folder) throws Exception {
        Study study = Studies.load("burgers");
        study.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        study.getFamily().getReference().setDataFile("measured.csv");
        Files.writeString(folder.resolve("measured.csv"), "nu,x,t,u\n0.01,0.5,0.5,0.25\n0.01,-0.5,0.5,-0.25\n");
        Path file = folder.resolve("burgers.hyperlora");
        StudyFiles.save(study, file);
        Study saved = StudyFiles.load(file);

        StudySetup quick = StudyMapping.toEngine(saved, TrainingProfile.QUICK);
        assertNull(quick.reference());
        assertEquals(2, quick.referenceData().rowCount());
        assertArrayEquals(new double[] { 0.01 }, quick.referenceData().cases().get(0).parameters());
        assertArrayEquals(new double[] { 0.5, 0.5, -0.5, 0.5 }, quick.referenceData().cases().get(0).points());

        Study unsaved = EcoreUtil.copy(saved);
        StudyMappingException refused = assertThrows(StudyMappingException.class, () -> StudyMapping.toEngine(unsaved));
        assertTrue(refused.getMessage().contains("'measured.csv' is relative and the study has no folder (save the"
                + " study first)"), refused.getMessage());
    }

    /**
     * With a data weight, the data's rows become a loss term at their own parameter values, those values are fitted
     * too, and the data decides the training: its name, weight and contents are part of the study's fingerprint (and
     * are not while the data only scores).
     */
    @Test
    void aDataWeightTrainsOnTheDataAndItsContentsAreInTheFingerprint(@TempDir Path folder) throws Exception {
        Study study = Studies.load("burgers");
        study.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        study.getFamily().getReference().setDataFile("measured.csv");
        Path data = folder.resolve("measured.csv");
        Files.writeString(data, "nu,x,t,u\n0.01,0.5,0.5,0.25\n0.02,-0.5,0.5,-0.25\n");
        Path file = folder.resolve("burgers.hyperlora");
        StudyFiles.save(study, file);
        Study scoring = StudyFiles.load(file);
        StudySetup scored = StudyMapping.toEngine(scoring);
        assertEquals(0, scored.problem().dataParameterValues().length);
        assertEquals(20, scored.trainingValues().length);
        String scoringPrint = StudyFingerprint.of(scoring, TrainingProfile.STUDY);
        Files.writeString(data, "nu,x,t,u\n0.01,0.5,0.5,0.3\n0.02,-0.5,0.5,-0.25\n");
        assertEquals(scoringPrint, StudyFingerprint.of(scoring, TrainingProfile.STUDY), "scoring data: not trained on");

        study.getFamily().getReference().setDataWeight(0.5);
        StudyFiles.save(study, file);
        Study hybrid = StudyFiles.load(file);
        StudySetup trained = StudyMapping.toEngine(hybrid);
        assertArrayEquals(new double[][] { { 0.01 }, { 0.02 } }, trained.problem().dataParameterValues());
        assertEquals(22, trained.trainingValues().length, "the data's two values are fitted after the study's 20");
        assertArrayEquals(new double[] { 0.02 }, trained.trainingValues()[21]);
        assertEquals(Map.of("data file u", 0.5), trained.problem().termWeights());
        String hybridPrint = StudyFingerprint.of(hybrid, TrainingProfile.STUDY);
        assertNotEquals(scoringPrint, hybridPrint);
        Files.writeString(data, "nu,x,t,u\n0.01,0.5,0.5,0.25\n0.02,-0.5,0.5,-0.25\n");
        assertNotEquals(hybridPrint, StudyFingerprint.of(hybrid, TrainingProfile.STUDY), "other data, other training");
    }

    // ---------------------------------------------------------------- the examples

    @Test
    void burgersMapsToItsRangeValuesAndDomain() throws Exception {
        StudySetup engine = map("burgers");
        assertEquals("burgers", engine.name());
        assertEquals(List.of("x", "t"), engine.coordinates());
        assertEquals(List.of("u"), engine.fields());
        Domain domain = engine.problem().domain();
        assertArrayEquals(new double[] { -1, 0 }, domain.lower());
        assertArrayEquals(new double[] { 1, 1 }, domain.upper());
        assertEquals(Optional.of("t"), domain.timeCoordinate());

        double lower = 0.01 / Math.PI;
        double upper = 0.1 / Math.PI;
        assertEquals(List.of("nu"), engine.range().names());
        assertArrayEquals(new boolean[] { true }, engine.range().logScale());
        // unset reference value on a log scale: the geometric middle
        assertEquals(1, engine.referenceValue().length);
        assertEquals(Math.sqrt(lower * upper), engine.referenceValue()[0], 1e-15 * upper);

        assertEquals(20, engine.trainingValues().length);
        assertEquals(10, engine.testValues().length);
        assertEquals(lower, engine.trainingValues()[0][0], 1e-15);
        assertEquals(upper, engine.trainingValues()[19][0], 1e-15);
        // evenly spaced on the log scale: a constant ratio
        double ratio = Math.pow(upper / lower, 1.0 / 19);
        assertEquals(ratio, engine.trainingValues()[1][0] / engine.trainingValues()[0][0], 1e-12);
        // cell centres: the first at the centre of the first of 10 log cells
        assertEquals(lower * Math.pow(upper / lower, 0.05), engine.testValues()[0][0], 1e-15);

        assertNotNull(engine.reference());
        assertEquals("burgers", engine.reference().name());
        assertEquals(List.of(), engine.meanShiftedFields());
        assertEquals(Map.of(), engine.problem().termWeights(), "all weights are 1");
    }

    @Test
    void kovasznayMapsToItsRangeValuesAndDomain() throws Exception {
        StudySetup engine = map("kovasznay");
        assertEquals(List.of("x", "y"), engine.coordinates());
        assertEquals(List.of("u", "v", "p"), engine.fields());
        Domain domain = engine.problem().domain();
        assertArrayEquals(new double[] { -0.5, -0.5 }, domain.lower());
        assertArrayEquals(new double[] { 1, 1.5 }, domain.upper());
        assertEquals(Optional.empty(), domain.timeCoordinate());

        // Re on a log scale: the base network at the geometric middle, values evenly spaced in log Re
        assertArrayEquals(new double[] { Math.sqrt(20 * 100) }, engine.referenceValue(), 1e-12);
        assertEquals(20, engine.trainingValues().length);
        assertEquals(10, engine.testValues().length);
        for (int k = 0; k < 20; k++) {
            assertEquals(20 * Math.pow(5, k / 19.0), engine.trainingValues()[k][0], 1e-9);
        }
        for (int k = 0; k < 10; k++) {
            assertEquals(20 * Math.pow(5, (k + 0.5) / 10), engine.testValues()[k][0], 1e-9);
        }
        assertEquals("kovasznay", engine.reference().name());
        assertEquals(List.of("p"), engine.meanShiftedFields());
    }

    @Test
    void convectionMapsToItsRangeValuesDomainAndSettings() throws Exception {
        StudySetup engine = map("convection");
        Domain domain = engine.problem().domain();
        assertArrayEquals(new double[] { 0, 0 }, domain.lower());
        assertArrayEquals(new double[] { 2 * Math.PI, 1 }, domain.upper());
        assertEquals(Optional.of("t"), domain.timeCoordinate());
        assertArrayEquals(new double[] { 10.5 }, engine.referenceValue());
        assertEquals(71, engine.trainingValues().length);
        assertEquals(10, engine.testValues().length);
        assertEquals(1.0, engine.trainingValues()[0][0], 1e-12);
        assertEquals(20.0, engine.trainingValues()[70][0], 1e-12);
        assertEquals("convection", engine.reference().name());

        assertArrayEquals(HIDDEN, engine.network().hiddenWidths());
        assertEquals(Activation.TANH, engine.network().activation());
        assertEquals(DataType.DOUBLE, engine.network().dataType());
        assertEquals(1L, engine.network().seed());
        assertEquals(4, engine.lora().rank());
        assertNull(engine.lora().ranksPerLayer());
        assertArrayEquals(new int[] { 32, 32 }, engine.hyper().hiddenWidths());
        assertEquals(org.hyperlora.engine.hyper.HyperMode.BOTH, engine.hyper().mode());
        assertEquals(2000, engine.hyper().regressionIterations());
        assertEquals(150, engine.hyper().physicsRounds());
        assertEquals(100, engine.hyper().iterationsPerRound());
        assertEquals(StudySetup.PhysicsOptimizer.ADAM, engine.hyper().physicsOptimizer());
        assertEquals(1e-4, engine.hyper().physicsLearningRate());
        assertEquals(12, engine.hyper().batchSize());
        assertEquals(11L, engine.hyper().seed());

        assertEquals(2, engine.baseStages().size());
        TrainingStage.Adam adam = (TrainingStage.Adam) engine.baseStages().get(0);
        assertEquals(1500, adam.steps());
        assertEquals(0.001, adam.schedule().rate(0));
        assertEquals(1500, ((TrainingStage.Lbfgs) engine.baseStages().get(1)).options().maxIterations());
        assertEquals(2, engine.fitStages().size());
        assertEquals(300, ((TrainingStage.Adam) engine.fitStages().get(0)).steps());
    }

    /**
     * The strongest check of the mapping: its problem has the same loss, to rounding, as the problem written here
     * with the engine's builder from the papers' definitions (same equations, conditions, sampler, point counts and
     * seeds).
     */
    @Test
    void burgersLossEqualsTheProblemBuiltByHand() throws Exception {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        assertSameLoss(map("burgers"), PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx")
                .initial("u", "-sin(pi*x)").dirichlet("u", "left", "0").dirichlet("u", "right", "0")
                .collocation(3000, SamplerKind.SOBOL).boundaryPoints(250).seed(1).build(), 0.03 / Math.PI, 48, 48, 48);
    }

    @Test
    void kovasznayLossEqualsTheProblemBuiltByHand() throws Exception {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();
        Domain domain = Domain.builder().coordinate("x", -0.5, 1).coordinate("y", -0.5, 1.5).build();
        String lambda = "(Re/2 - sqrt(Re^2/4 + 4*pi^2))";
        assertSameLoss(map("kovasznay"), PinnProblem.builder(symbols, domain)
                .equation("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re").equation("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re")
                .equation("u_x + v_y").dirichlet("u", "boundary", "1 - exp(" + lambda + "*x)*cos(2*pi*y)")
                .dirichlet("v", "boundary", lambda + "/(2*pi)*exp(" + lambda + "*x)*sin(2*pi*y)")
                .collocation(2000, SamplerKind.SOBOL).boundaryPoints(250).seed(2).build(),
                // v is about a tenth of u: its boundary condition weighs 10 in the example
                new double[] { 1, 1, 1, 1, 10 }, 40, 48, 48, 48);
    }

    @Test
    void convectionLossEqualsTheProblemBuiltByHand() throws Exception {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("beta").build();
        Domain domain = Domain.builder().coordinate("x", 0, 2 * Math.PI).time("t", 0, 1).build();
        assertSameLoss(map("convection"), PinnProblem.builder(symbols, domain).equation("u_t + beta*u_x")
                .initial("u", "sin(x)").periodic("u", "x", false).collocation(1200, SamplerKind.SOBOL)
                .boundaryPoints(150).seed(4).build(), 10, HIDDEN);
    }

    private static void assertSameLoss(StudySetup engine, PinnProblem reference, double lambda, int... hidden) {
        assertSameLoss(engine, reference, null, lambda, hidden);
    }

    /** {@code termWeights}: the weights the study gives the loss's terms (null: all 1, the builder's). */
    private static void assertSameLoss(StudySetup engine, PinnProblem reference, double[] termWeights, double lambda,
            int... hidden) {
        Mlp mapped = engine.newNetwork();
        Mlp expected = reference.newNetwork(hidden, Activation.TANH, DataType.DOUBLE, 1);
        assertArrayEquals(expected.layerSizes(), mapped.layerSizes());
        assertArrayEquals(expected.parameters(), mapped.parameters(), "same initial weights");
        assertArrayEquals(reference.collocationPoints(), engine.problem().collocationPoints(), "same points");

        PinnLoss referenceLoss = reference.loss(expected, new double[] { lambda });
        PinnLoss mappedLoss = engine.loss(mapped, new double[] { lambda });
        assertEquals(referenceLoss.termNames(), mappedLoss.termNames());
        if (termWeights != null) {
            assertArrayEquals(termWeights, mappedLoss.termWeights(), "the study's term weights");
            referenceLoss.setTermWeights(termWeights);
        }
        double want = referenceLoss.value(expected.parameters());
        double got = mappedLoss.value(mapped.parameters());
        assertTrue(want > 0 && Double.isFinite(want), "a fresh network has a positive loss, got " + want);
        assertEquals(want, got, 1e-12 * want);
        assertArrayEquals(referenceLoss.lastTermLosses(), mappedLoss.lastTermLosses(), 1e-12 * want);
    }

    // ---------------------------------------------------------------- loss weights

    @Test
    void equationAndConditionWeightsReachTheirLossTerms() throws Exception {
        Study study = Studies.load("burgers");
        study.getFamily().getEquations().get(0).setWeight(3);
        Studies.condition(study, ConditionKind.DIRICHLET, "left").setWeight(0.5);
        Studies.condition(study, ConditionKind.INITIAL, null).setWeight(2);
        StudySetup engine = StudyMapping.toEngine(study);

        Mlp network = engine.newNetwork();
        double[] nu = engine.referenceValue();
        PinnLoss weighted = engine.loss(network, nu);
        assertEquals(List.of("pde 1", "dirichlet u on initial", "dirichlet u on left", "dirichlet u on right"),
                weighted.termNames());
        assertArrayEquals(new double[] { 3, 2, 0.5, 1 }, weighted.termWeights());

        // the weights are used: the weighted loss is the weighted sum of the unweighted terms
        // the problem itself carries the weights, so every loss made from it (fits, hypernetworks) is weighted
        PinnLoss plain = engine.problem().loss(network, nu);
        assertArrayEquals(new double[] { 3, 2, 0.5, 1 }, plain.termWeights());
        plain.setTermWeights(new double[] { 1, 1, 1, 1 });
        plain.value(network.parameters());
        double[] terms = plain.lastTermLosses();
        double expected = 3 * terms[0] + 2 * terms[1] + 0.5 * terms[2] + terms[3];
        assertEquals(expected, weighted.value(network.parameters()), 1e-12 * expected);
    }

    @Test
    void periodicConditionWeightReachesItsTerm() throws Exception {
        Study study = Studies.load("convection");
        Studies.condition(study, ConditionKind.PERIODIC, "x").setWeight(4);
        StudySetup engine = StudyMapping.toEngine(study);
        PinnLoss loss = engine.loss(engine.newNetwork(), engine.referenceValue());
        assertEquals(List.of("pde 1", "dirichlet u on initial", "periodic u on x"), loss.termNames());
        assertArrayEquals(new double[] { 1, 1, 4 }, loss.termWeights());
    }

    /**
     * With periodic embedding, x enters the network as (cos, sin): the periodic condition then holds by construction
     * (its loss is rounding noise for any weights, untrained included), and the other terms are still there.
     */
    @Test
    void periodicEmbeddingMakesThePeriodicConditionHoldExactly() throws Exception {
        Study study = Studies.load("convection");
        StudySetup plain = StudyMapping.toEngine(study);
        study.getMethod().getNetwork().setPeriodicEmbedding(true);
        StudySetup embedded = StudyMapping.toEngine(study);
        assertTrue(embedded.network().periodicEmbedding());
        Mlp network = embedded.newNetwork();
        assertArrayEquals(new boolean[] { true, false }, network.periodicInputs());
        assertEquals(3, network.layerSizes()[0], "cos x, sin x, t");
        assertArrayEquals(new boolean[] { false, false }, plain.newNetwork().periodicInputs());

        double[] values = { 13.0 };
        PinnLoss withEmbedding = embedded.loss(network, values);
        withEmbedding.value(network.parameters());
        Mlp unembedded = plain.newNetwork();
        PinnLoss without = plain.loss(unembedded, values);
        without.value(unembedded.parameters());
        int periodic = withEmbedding.termNames().indexOf("periodic u on x");
        assertTrue(withEmbedding.lastTermLosses()[periodic] < 1e-28, "periodic term with the embedding: "
                + withEmbedding.lastTermLosses()[periodic]);
        assertTrue(without.lastTermLosses()[periodic] > 1e-4, "periodic term without: "
                + without.lastTermLosses()[periodic]);
        assertTrue(withEmbedding.lastTermLosses()[0] > 0, "the equation still has a residual");
    }

    @Test
    void thePhysicsStagesOptimizerAndLearningRateReachTheEngine() throws Exception {
        Study study = Studies.load("burgers");
        assertEquals(StudySetup.PhysicsOptimizer.LBFGS, StudyMapping.toEngine(study).hyper().physicsOptimizer());
        study.getMethod().getHypernetwork().setPhysicsOptimizer(org.hyperlora.model.OptimizerKind.ADAM);
        study.getMethod().getHypernetwork().setPhysicsLearningRate(3e-4);
        StudySetup.Hyper hyper = StudyMapping.toEngine(study).hyper();
        assertEquals(StudySetup.PhysicsOptimizer.ADAM, hyper.physicsOptimizer());
        assertEquals(3e-4, hyper.physicsLearningRate());
    }

    @Test
    void neumannWeightReachesTheTermOfEveryFace() throws Exception {
        // the engine splits a Neumann condition on several faces into one term per face
        Study study = Studies.load("kovasznay");
        study.getFamily().setReference(null); // the exact Kovasznay flow has no zero pressure gradient at the walls
        Studies.addCondition(study, ConditionKind.NEUMANN, "p", "boundary", "0").setWeight(0.25);
        study.getFamily().getEquations().get(2).setWeight(5);
        assertEquals(Diagnostic.OK, Studies.severity(study), () -> Studies.describe(Studies.problems(study)));
        StudySetup engine = StudyMapping.toEngine(study);
        PinnLoss loss = engine.loss(engine.newNetwork(), engine.referenceValue());
        List<String> names = loss.termNames();
        double[] weights = loss.termWeights();
        assertEquals(List.of("pde 1", "pde 2", "pde 3", "dirichlet u on boundary", "dirichlet v on boundary"),
                names.subList(0, 5));
        assertEquals(4, names.size() - 5, "one Neumann term per face: " + names);
        assertArrayEquals(new double[] { 1, 1, 5, 1, 10 }, java.util.Arrays.copyOf(weights, 5), "v's condition weighs 10");
        for (int t = 5; t < names.size(); t++) {
            assertTrue(names.get(t).startsWith("neumann p on boundary ("), names.get(t));
            assertEquals(0.25, weights[t], names.get(t));
        }
    }

    // ---------------------------------------------------------------- refusal

    @Test
    void studyWithErrorsIsRefusedWithTheValidatorsMessage() {
        Study study = Studies.load("burgers");
        study.getFamily().getEquations().get(0).setResidual("u_t + w*u_x");
        String validatorMessage = Studies.problems(study, StudyProblem.UNKNOWN_SYMBOL).get(0).getMessage();

        StudyMappingException e = assertThrows(StudyMappingException.class, () -> StudyMapping.toEngine(study));
        assertTrue(e.getMessage().contains(validatorMessage), e.getMessage());
        assertTrue(e.getMessage().contains("burgers"), e.getMessage());
        assertNotNull(e.diagnostic());
        assertEquals(Diagnostic.ERROR, e.diagnostic().getSeverity());
        assertTrue(StudyFiles.problems(e.diagnostic()).stream()
                .anyMatch(d -> d.getCode() == StudyProblem.UNKNOWN_SYMBOL.code()), StudyFiles.format(e.diagnostic()));
    }

    @Test
    void warningsDoNotStopTheMapping() throws Exception {
        Study study = Studies.load("burgers");
        study.getFamily().getConditions().remove(Studies.condition(study, ConditionKind.DIRICHLET, "right"));
        assertEquals(Diagnostic.WARNING, Studies.severity(study));
        StudySetup engine = StudyMapping.toEngine(study);
        assertEquals(List.of("pde 1", "dirichlet u on initial", "dirichlet u on left"),
                engine.problem().loss(engine.newNetwork(), engine.referenceValue()).termNames());
    }
}
