package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The data-loss term of a hybrid study: solution data known at a few parameter values counts in a loss exactly at those
 * values (weighted mean squared difference per field, through the hard constraints), is 0 with no gradient elsewhere,
 * and its gradient matches finite differences.
 */
class DataTermTest {

    private static final SymbolTable PLANE = SymbolTable.builder().coordinates("x", "y").fields("u", "v")
            .parameters("a").build();
    private static final Domain SQUARE = Domain.builder().coordinate("x", 0, 1).coordinate("y", 0, 1).build();
    private static final double[] WITH_DATA = { 0.8 };
    private static final double[] ALSO_WITH_DATA = { 0.3 };
    private static final double[] WITHOUT_DATA = { 0.5 };
    private static final double DATA_WEIGHT = 2.5;

    private static final int POINTS = 15;
    private static double[] points;
    private static double[][] values;

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
        Random random = new Random(3);
        points = new double[2 * POINTS];
        for (int k = 0; k < points.length; k++) {
            points[k] = random.nextDouble();
        }
        values = new double[2][POINTS];
        for (double[] field : values) {
            for (int k = 0; k < POINTS; k++) {
                field[k] = random.nextGaussian();
            }
        }
    }

    private static PinnProblem.Builder physics() {
        return PinnProblem.builder(PLANE, SQUARE).equation("u_xx + u_yy - a*v").equation("v - a*x*y")
                .hardConstraint("u", "a*x", "x*(1 - x)").collocation(40, SamplerKind.SOBOL).seed(7);
    }

    private static PinnProblem hybrid() {
        return physics().dataAt(WITH_DATA, points, values).dataAt(ALSO_WITH_DATA, points, new double[2][POINTS])
                .termWeight(PinnProblem.dataTermName("u"), DATA_WEIGHT)
                .termWeight(PinnProblem.dataTermName("v"), DATA_WEIGHT).build();
    }

    private static Mlp network() {
        return new Mlp(new int[] { 2, 6, 6, 2 }, Activation.TANH, DataType.DOUBLE, SQUARE.lower(), SQUARE.upper(), 13);
    }

    @Test
    void theDataCountsAtItsOwnValuesOnly() {
        Mlp network = network();
        double[] weights = network.parameters();
        PinnLoss physicsOnly = physics().build().loss(network, WITHOUT_DATA);
        PinnLoss loss = hybrid().loss(network, WITHOUT_DATA);
        assertEquals(List.of("pde 1", "pde 2", "data file u", "data file v"), loss.termNames());

        double elsewhere = loss.value(weights);
        assertEquals(physicsOnly.value(weights), elsewhere, 0.0, "no data at a = 0.5: the physics loss alone");
        assertEquals(0.0, loss.lastTermLosses()[2]);

        loss.setPdeParameters(WITH_DATA);
        PinnLoss physicsThere = physics().build().loss(network, WITH_DATA);
        double physicsValue = physicsThere.value(weights);
        double[][] fields = hybrid().fieldValues(network, WITH_DATA, points); // with the hard constraint of u at a
        double value = loss.value(weights);
        double[] termLosses = loss.lastTermLosses();
        double expected = physicsValue;
        for (int f = 0; f < 2; f++) {
            double sum = 0;
            for (int k = 0; k < POINTS; k++) {
                sum += Math.pow(fields[f][k] - values[f][k], 2);
            }
            assertEquals(sum / POINTS, termLosses[2 + f], 1e-12 * sum);
            expected += DATA_WEIGHT * sum / POINTS;
        }
        assertEquals(expected, value, 1e-12 * expected);
        assertTrue(value > physicsValue + 0.1, "random data is far from a random network");

        double[][] termGradients = loss.termGradients(weights);
        loss.setPdeParameters(WITHOUT_DATA);
        double[][] noData = loss.termGradients(weights);
        assertTrue(norm(termGradients[2]) > 0 && norm(termGradients[3]) > 0);
        assertEquals(0.0, norm(noData[2]) + norm(noData[3]));
        assertTrue(!loss.isEquationTerm(2) && !loss.isEquationTerm(3) && loss.isEquationTerm(0));
    }

    @Test
    void theGradientAtAValueWithDataMatchesFiniteDifferences() {
        Mlp network = network();
        PinnLoss loss = hybrid().loss(network, ALSO_WITH_DATA);
        loss.setPdeParameters(WITH_DATA); // prepared at its own value, whichever value the loss was made at
        FiniteDifferences.assertGradientMatches(loss, network.parameters());
    }

    @Test
    void badDataIsRefusedNamingWhatIsWrong() {
        assertEquals("data at [0.8]: these parameter values have data already", assertThrows(
                IllegalArgumentException.class, () -> physics().dataAt(WITH_DATA, points, values).dataAt(WITH_DATA,
                        points, values)).getMessage());
        assertEquals("data at [0.8]: values of 1 fields, the problem has [u, v]", assertThrows(
                IllegalArgumentException.class, () -> physics().dataAt(WITH_DATA, points, new double[1][POINTS]))
                .getMessage());
        assertEquals("data at [0.8]: 15 values need 30 coordinates, got 29", assertThrows(
                IllegalArgumentException.class, () -> physics().dataAt(WITH_DATA, new double[29], values))
                .getMessage());
        assertEquals("data at [0.8, 1.0]: expected 1 parameter values [a]", assertThrows(
                IllegalArgumentException.class, () -> physics().dataAt(new double[] { 0.8, 1 }, points, values))
                .getMessage());
    }

    private static double norm(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
