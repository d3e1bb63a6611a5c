package org.hyperlora.engine.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.geometry.BoundaryDistance;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.Length;
import org.hyperlora.engine.geometry.Shape;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.geometry.ShapedDomain.Operation;
import org.hyperlora.engine.geometry.ShapedDomain.Step;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The built-in distance function of hard constraints: zero on the chosen parts, positive inside, smooth. */
class BoundaryDistanceTest {

    private static final Domain BOX = Domain.builder().coordinate("x", -2, 2).coordinate("y", -1.5, 1.5).build();
    private static final SymbolTable PLANE = SymbolTable.of(List.of("x", "y"), List.of("phi"), List.of("R"));
    private static final Sampler SOBOL = SamplerKind.SOBOL.create();

    /** Box minus a disk of radius R, minus a square hole [0.8, 1.4] x [-0.3, 0.3] whose edges' lines cross the plate. */
    private static ShapedDomain plateWithTwoHoles() {
        return ShapedDomain.of(BOX, List.of(
                new Step(Operation.UNION, new Shape.Rectangle("box", Length.of(-2), Length.of(-1.5), Length.of(2),
                        Length.of(1.5))),
                new Step(Operation.DIFFERENCE, new Shape.Disk("cylinder", Length.of(-0.5), Length.of(0),
                        new Length("R", p -> p[0], false))),
                new Step(Operation.DIFFERENCE, new Shape.Rectangle("square", Length.of(0.8), Length.of(-0.3),
                        Length.of(1.4), Length.of(0.3)))));
    }

    private static double[] values(String d, double[] points, double r) {
        CompiledExpression compiled = PLANE.parse(d).compile();
        double[] out = new double[points.length / 2];
        for (int p = 0; p < out.length; p++) {
            out[p] = compiled.evaluateAt(new double[] { points[2 * p], points[2 * p + 1] }, new double[] { r });
        }
        return out;
    }

    @Test
    void vanishesOnTheChosenPartsOnlyAndIsPositiveInside() {
        ShapedDomain shape = plateWithTwoHoles();
        String d = BoundaryDistance.of(shape, List.of("box", "square"));
        for (double r : new double[] { 0.2, 0.45 }) {
            ShapedDomain.Region region = shape.at(new double[] { r });
            for (double value : values(d, region.boundary("box", 200, SOBOL, 3).points(), r)) {
                assertEquals(0, value, 1e-15);
            }
            for (double value : values(d, region.boundary("square", 200, SOBOL, 4).points(), r)) {
                assertEquals(0, value, 1e-15);
            }
            // not on the cylinder, which keeps its own (soft) condition
            for (double value : values(d, region.boundary("cylinder", 200, SOBOL, 5).points(), r)) {
                assertTrue(value > 1e-4, "d = " + value + " on the cylinder");
            }
            double[] interior = region.interior(2000, SOBOL, 6);
            double[] inside = values(d, interior, r);
            double radius = r;
            BoundaryDistance.requireUsable(shape, region, List.of("box", "square"), interior, inside,
                    points -> values(d, points, radius));
        }
        // the square's top edge y = 0.3 continued across the plate (x < 0.8): a line ADF would vanish there
        double[] onTheLine = { 0.0, 0.3, -1.5, 0.3, 1.7, 0.3 };
        for (double value : values(d, onTheLine, 0.3)) {
            assertTrue(value > 1e-3, "d = " + value + " on the line of the square's top edge");
        }
    }

    @Test
    void itsDerivativesAreFiniteOnTheBoundaryAndMatchDifferences() {
        ShapedDomain shape = plateWithTwoHoles();
        Expression d = PLANE.parse(BoundaryDistance.of(shape, List.of("boundary")));
        ShapedDomain.Region region = shape.at(new double[] { 0.35 });
        double[] interior = region.interior(300, SOBOL, 8);
        double[] rim = region.boundary("boundary", 300, SOBOL, 9).points();
        double h = 1e-6;
        for (int axis = 0; axis < 2; axis++) {
            CompiledExpression first = d.derivative(axis).compile();
            CompiledExpression second = d.derivative(axis).derivative(axis).compile();
            CompiledExpression value = d.compile();
            for (int p = 0; p < 300; p++) {
                double[] at = { interior[2 * p], interior[2 * p + 1] };
                double[] plus = at.clone();
                double[] minus = at.clone();
                plus[axis] += h;
                minus[axis] -= h;
                double[] r = { 0.35 };
                double difference = (value.evaluateAt(plus, r) - value.evaluateAt(minus, r)) / (2 * h);
                assertEquals(difference, first.evaluateAt(at, r), 1e-6 * Math.max(1, Math.abs(difference)),
                        "d/d" + PLANE.coordinates().get(axis) + " at " + at[0] + ", " + at[1]);
                double[] edge = { rim[2 * p], rim[2 * p + 1] };
                assertTrue(Double.isFinite(first.evaluateAt(edge, r)) && Double.isFinite(second.evaluateAt(edge, r)),
                        "derivatives at the boundary point " + edge[0] + ", " + edge[1]);
            }
        }
    }

    @Test
    void onABoxItIsTheProductOfTheFaces() {
        Domain spaceTime = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        assertEquals("((x - (-1))/2)*((1 - x)/2)*((t - 0)/1)",
                BoundaryDistance.of(spaceTime, List.of("boundary", "initial")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BoundaryDistance.of(spaceTime, List.of("inlet")));
        assertTrue(unknown.getMessage().contains("inlet"), unknown.getMessage());
    }

    @Test
    void anEdgePartlyInsideTheDomainIsRefusedAtTheParameterValueWhereItHappens() {
        // a disk of radius R joined to the box's right side: for R > 0 it covers part of box.right
        ShapedDomain bulge = ShapedDomain.of(Domain.builder().coordinate("x", -2, 3).coordinate("y", -1.5, 1.5).build(),
                List.of(new Step(Operation.UNION, new Shape.Rectangle("box", Length.of(-2), Length.of(-1.5),
                        Length.of(2), Length.of(1.5))),
                        new Step(Operation.UNION, new Shape.Disk("bump", Length.of(2), Length.of(0),
                                new Length("R", p -> p[0], false)))));
        PinnProblem problem = PinnProblem.builder(PLANE, bulge.box()).shape(bulge).equation("phi_xx + phi_yy")
                .hardConstraintVanishingOn("phi", "x", List.of("box")).collocation(200, SamplerKind.SOBOL)
                .boundaryPoints(50).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> problem.groups(new double[] { 0.5 }));
        assertEquals("hard constraint on phi at R=0.500000: the built-in distance to box would vanish inside the domain:"
                + " edge box.right is not on the domain's boundary all along (another shape covers or cuts it); name the"
                + " parts whose edges are wholly boundary, or write the distance yourself", refused.getMessage());
    }

    @Test
    void aTrainedFieldMeetsItsValuesExactlyOnTheConstrainedPartAtEveryRadius() {
        ShapedDomain shape = plateWithTwoHoles().withPart("outer", List.of("box"));
        String exact = "x*(1 + R^2/((x + 0.5)^2 + y^2))";
        PinnProblem problem = PinnProblem.builder(PLANE, BOX).shape(shape).equation("phi_xx + phi_yy")
                .hardConstraintVanishingOn("phi", exact, List.of("outer"))
                .neumann("phi", "cylinder", "0").neumann("phi", "square", "0")
                .collocation(300, SamplerKind.SOBOL).boundaryPoints(60).build();
        Mlp network = problem.newNetwork(new int[] { 8, 8 }, Activation.TANH, DataType.DOUBLE, 4);
        PinnLoss loss = problem.loss(network, new double[] { 0.3 });
        double[] weights = network.parameters();
        LossGradients.assertMatchDifferences(loss, weights, 5);
        loss.setPdeParameters(new double[] { 0.5 });
        assertTrue(Double.isFinite(loss.value(weights)));
        for (double r : new double[] { 0.3, 0.5 }) {
            double[] rim = shape.at(new double[] { r }).boundary("outer", 100, SOBOL, 2).points();
            double[] phi = problem.fieldValues(network, new double[] { r }, rim)[0];
            double[] g = values(exact, rim, r);
            for (int p = 0; p < phi.length; p++) {
                assertEquals(g[p], phi[p], 1e-14, "phi at the outer boundary point " + p + ", R = " + r);
            }
        }
    }

    @Test
    void lossesOnSeveralThreadsCheckTheirOwnPoints() throws Exception {
        // hypernetwork physics batches move losses of one problem on several threads at once
        ShapedDomain shape = plateWithTwoHoles();
        PinnProblem problem = PinnProblem.builder(PLANE, BOX).shape(shape).equation("phi_xx + phi_yy")
                .hardConstraintVanishingOn("phi", "x", List.of("box", "cylinder")).neumann("phi", "square", "0")
                .collocation(3000, SamplerKind.SOBOL).boundaryPoints(20).build();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int offset = thread;
                runs.add(pool.submit(() -> {
                    PinnLoss loss = problem.loss(problem.newNetwork(new int[] { 4 }, Activation.TANH, DataType.DOUBLE,
                            1), new double[] { 0.2 });
                    for (int k = 0; k < 300; k++) {
                        loss.setPdeParameters(new double[] { offset == 0 ? 0.2 + 0.0008 * k : 0.45 - 0.0008 * k });
                    }
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLineFactorThatWouldAlsoSilenceAnotherEdgeOnItsLineIsRefused() {
        // two arms on the box's left side: the factor of arm1.left, (x + 2)/4, vanishes on arm2.left too
        ShapedDomain fork = ShapedDomain.of(BOX, List.of(
                new Step(Operation.UNION, new Shape.Rectangle("body", Length.of(0), Length.of(-1.5), Length.of(2),
                        Length.of(1.5))),
                new Step(Operation.UNION, new Shape.Rectangle("arm1", Length.of(-2), Length.of(-1.5), Length.of(0),
                        Length.of(-0.5))),
                new Step(Operation.UNION, new Shape.Rectangle("arm2", Length.of(-2), Length.of(0.5), Length.of(0),
                        Length.of(1.5)))));
        PinnProblem problem = PinnProblem.builder(PLANE, BOX).shape(fork.withPart("inlet", List.of("arm1.left")))
                .equation("phi_xx + phi_yy").hardConstraintVanishingOn("phi", "1", List.of("inlet"))
                .collocation(200, SamplerKind.SOBOL).boundaryPoints(20).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> problem.groups(new double[] { 0.3 }));
        assertTrue(refused.getMessage().contains("would also vanish on arm2.left, which lies on the line or plane of a"
                + " selected edge"), refused.getMessage());
        // with both arms' left edges selected it is what was asked for
        PinnProblem both = PinnProblem.builder(PLANE, BOX).shape(fork.withPart("inlet", List.of("arm1.left",
                "arm2.left"))).equation("phi_xx + phi_yy").hardConstraintVanishingOn("phi", "1", List.of("inlet"))
                .collocation(200, SamplerKind.SOBOL).boundaryPoints(20).build();
        assertEquals(1, both.groups(new double[] { 0.3 }).size());
    }
}
