package org.hyperlora.engine.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.Length;
import org.hyperlora.engine.geometry.Shape;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.geometry.ShapedDomain.Operation;
import org.hyperlora.engine.geometry.ShapedDomain.Step;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.CylinderFlowReference;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.ReferenceFit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Shapes, CSG, sampling with normals and named parts; points that follow a parameter. */
class ShapedDomainTest {

    private static final Domain BOX = Domain.builder().coordinate("x", -2, 2).coordinate("y", -1.5, 1.5).build();
    /** The radius is the first parameter. */
    private static final Length RADIUS = new Length("R", p -> p[0], false);

    /** The cylinder example's domain: the box minus a disk of radius R around the origin. */
    static ShapedDomain plateWithHole() {
        return ShapedDomain.of(BOX, List.of(
                new Step(Operation.UNION, new Shape.Rectangle("box", Length.of(-2), Length.of(-1.5), Length.of(2),
                        Length.of(1.5))),
                new Step(Operation.DIFFERENCE, new Shape.Disk("cylinder", Length.of(0), Length.of(0), RADIUS))));
    }

    @Test
    void interiorPointsAreExactlyCountedAndOutsideTheHole() {
        ShapedDomain.Region region = plateWithHole().at(new double[] { 0.5 });
        double[] points = region.interior(1000, SamplerKind.SOBOL.create(), 3);
        assertEquals(2000, points.length);
        for (int p = 0; p < 1000; p++) {
            double r = Math.hypot(points[2 * p], points[2 * p + 1]);
            assertTrue(r > 0.5, "point " + p + " at r = " + r + " is in the hole");
            assertTrue(Math.abs(points[2 * p]) <= 2 && Math.abs(points[2 * p + 1]) <= 1.5);
        }
        assertEquals(12 - Math.PI * 0.25, region.area(20000, SamplerKind.SOBOL.create(), 1), 0.02);
    }

    @Test
    void theHolesRimHasNormalsPointingIntoTheHole() {
        ShapedDomain.PartPoints rim = plateWithHole().at(new double[] { 0.4 }).boundary("cylinder", 200,
                SamplerKind.SOBOL.create(), 5);
        for (int p = 0; p < 200; p++) {
            double x = rim.points()[2 * p];
            double y = rim.points()[2 * p + 1];
            assertEquals(0.4, Math.hypot(x, y), 1e-6);
            // outward from the domain = towards the cylinder's centre
            assertEquals(-x / 0.4, rim.normals()[2 * p], 1e-5);
            assertEquals(-y / 0.4, rim.normals()[2 * p + 1], 1e-5);
        }
        // spread by arc length: about as many points on each half
        long upper = java.util.stream.IntStream.range(0, 200).filter(p -> rim.points()[2 * p + 1] > 0).count();
        assertEquals(100, upper, 6);
    }

    @Test
    void theOuterEdgesAndANamedEdge() {
        ShapedDomain domain = plateWithHole().withPart("inlet", List.of("box.left"));
        ShapedDomain.Region region = domain.at(new double[] { 0.3 });
        ShapedDomain.PartPoints inlet = region.boundary("inlet", 50, SamplerKind.SOBOL.create(), 1);
        for (int p = 0; p < 50; p++) {
            assertEquals(-2, inlet.points()[2 * p]);
            assertEquals(-1, inlet.normals()[2 * p]);
            assertEquals(0, inlet.normals()[2 * p + 1]);
        }
        ShapedDomain.PartPoints outer = region.boundary("box", 280, SamplerKind.SOBOL.create(), 1);
        int onLeftOrRight = 0;
        for (int p = 0; p < 280; p++) {
            double x = outer.points()[2 * p];
            double y = outer.points()[2 * p + 1];
            assertTrue(Math.abs(x) == 2 || Math.abs(y) == 1.5);
            onLeftOrRight += Math.abs(x) == 2 ? 1 : 0;
        }
        // the sides are 3 + 3 of a perimeter of 14
        assertEquals(120, onLeftOrRight, 6);
        assertEquals(List.of("box", "cylinder", "inlet", "boundary"), domain.boundaryPartNames());
    }

    @Test
    void aUnionKeepsOnlyTheOuterBoundaryAndAnLShapeHasOutwardNormals() {
        Domain box = Domain.builder().coordinate("x", 0, 3).coordinate("y", 0, 3).build();
        ShapedDomain union = ShapedDomain.of(box, List.of(
                new Step(Operation.UNION, new Shape.Rectangle("a", Length.of(0), Length.of(0), Length.of(2),
                        Length.of(1))),
                new Step(Operation.UNION, new Shape.Disk("b", Length.of(2), Length.of(1), Length.of(0.5)))));
        ShapedDomain.PartPoints all = union.at(new double[0]).boundary("boundary", 400, SamplerKind.SOBOL.create(), 2);
        for (int p = 0; p < 400; p++) {
            double x = all.points()[2 * p];
            double y = all.points()[2 * p + 1];
            // no point of the rectangle's edge inside the disk, none of the disk's rim inside the rectangle
            assertFalse(Math.hypot(x - 2, y - 1) < 0.5 - 1e-9 , "inside the disk: " + x + ", " + y);
            assertFalse(x > 1e-9 && x < 2 - 1e-9 && y > 1e-9 && y < 1 - 1e-9, "inside the rectangle: " + x + ", " + y);
        }
        ShapedDomain lShape = ShapedDomain.of(box, List.of(new Step(Operation.UNION, new Shape.Polygon("l",
                List.of(Length.of(0), Length.of(2), Length.of(2), Length.of(1), Length.of(1), Length.of(0)),
                List.of(Length.of(0), Length.of(0), Length.of(1), Length.of(1), Length.of(2), Length.of(2))))));
        ShapedDomain.Region region = lShape.at(new double[0]);
        assertTrue(region.contains(0.5, 1.5));
        assertFalse(region.contains(1.5, 1.5));
        ShapedDomain.PartPoints notch = region.boundary("l", 300, SamplerKind.SOBOL.create(), 4);
        for (int p = 0; p < 300; p++) {
            double x = notch.points()[2 * p];
            double y = notch.points()[2 * p + 1];
            // a step along the normal leaves the domain, a step against it stays inside
            assertFalse(region.contains(x + 1e-3 * notch.normals()[2 * p], y + 1e-3 * notch.normals()[2 * p + 1]));
            assertTrue(region.contains(x - 1e-3 * notch.normals()[2 * p], y - 1e-3 * notch.normals()[2 * p + 1]));
        }
    }

    @Test
    void badShapesAreRefusedWithTheirNamesAndValues() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> plateWithHole().at(new double[] { -0.1 }));
        assertEquals("disk cylinder is degenerate: radius -0.100000 (must be > 0)", negative.getMessage());
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> ShapedDomain.of(BOX, List.of(new Step(Operation.UNION,
                        new Shape.Disk("cylinder", Length.of(0), Length.of(0), RADIUS)))).at(new double[] { 1.6 }));
        assertTrue(tooLarge.getMessage().startsWith("the domain disk cylinder reaches x from -1.60000 to 1.60000"),
                tooLarge.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> plateWithHole().withPart("walls", List.of("box.north")));
        assertEquals("boundary part 'walls': rectangle box has no edge 'north'; its edges: left, bottom, right, top",
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plateWithHole().withPart("box", List.of("box.left")));
        IllegalArgumentException crossing = assertThrows(IllegalArgumentException.class,
                () -> new Shape.Polygon("bow", List.of(Length.of(0), Length.of(1), Length.of(1), Length.of(0)),
                        List.of(Length.of(0), Length.of(1), Length.of(0), Length.of(1))).at(new double[0]));
        assertEquals("polygon bow crosses itself: edges e1 and e3 intersect", crossing.getMessage());
    }

    private static PinnProblem cylinderProblem() {
        SymbolTable symbols = SymbolTable.of(List.of("x", "y"), List.of("phi"), List.of("R"));
        return PinnProblem.builder(symbols, BOX).shape(plateWithHole())
                .equation("phi_xx + phi_yy")
                .dirichlet("phi", "box", "x*(1 + R^2/(x^2 + y^2))")
                .neumann("phi", "cylinder", "0")
                .collocation(300, SamplerKind.SOBOL).boundaryPoints(80).build();
    }

    @Test
    void theExactPotentialSatisfiesEveryTermOnTheShape() {
        // Finite differences of the exact solution through every term: a wrong normal on the rim would show here.
        PinnProblem problem = cylinderProblem();
        for (double radius : new double[] { 0.2, 0.45, 0.6 }) {
            assertEquals(Optional.empty(), ReferenceFit.worst(problem, new CylinderFlowReference(),
                    new double[][] { { radius } }), "R = " + radius);
        }
        // the same solution does not satisfy a condition with the normal reversed
        SymbolTable symbols = SymbolTable.of(List.of("x", "y"), List.of("phi"), List.of("R"));
        PinnProblem wrong = PinnProblem.builder(symbols, BOX).shape(plateWithHole()).equation("phi_xx + phi_yy")
                .neumann("phi", "cylinder", "2*x/R").collocation(300, SamplerKind.SOBOL).boundaryPoints(80).build();
        assertTrue(ReferenceFit.worst(wrong, new CylinderFlowReference(), new double[][] { { 0.4 } }).isPresent());
    }

    /** Conduction across a pipe wall, T = 1 inside, convection outside (Bi*T + dT/dn = 0): T = A + B ln r. */
    private static final org.hyperlora.engine.reference.ReferenceSolution CONVECTIVE_PIPE =
            new org.hyperlora.engine.reference.ReferenceSolution() {
                @Override
                public String name() {
                    return "convective pipe";
                }

                @Override
                public List<String> coordinateNames() {
                    return List.of("x", "y");
                }

                @Override
                public List<String> fieldNames() {
                    return List.of("T");
                }

                @Override
                public List<String> parameterNames() {
                    return List.of("R");
                }

                @Override
                public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
                    double bi = 2;
                    double b = -bi / (1 - bi * Math.log(parameters[0]));
                    double a = 1 - b * Math.log(parameters[0]);
                    for (int i = 0; i < points.length; i++) {
                        fieldsOut[0][i] = a + b * Math.log(Math.hypot(points[i][0], points[i][1]));
                    }
                }
            };

    private static PinnProblem convectivePipe(String robinRhs) {
        Domain box = Domain.builder().coordinate("x", -1, 1).coordinate("y", -1, 1).build();
        ShapedDomain annulus = ShapedDomain.of(box, List.of(
                new Step(Operation.UNION, new Shape.Disk("outer", Length.of(0), Length.of(0), Length.of(1))),
                new Step(Operation.DIFFERENCE, new Shape.Disk("inner", Length.of(0), Length.of(0), RADIUS))));
        SymbolTable symbols = SymbolTable.of(List.of("x", "y"), List.of("T"), List.of("R"));
        return PinnProblem.builder(symbols, box).shape(annulus).equation("T_xx + T_yy").dirichlet("T", "inner", "1")
                .robin("T", "outer", "2", "1", robinRhs).collocation(300, SamplerKind.SOBOL).boundaryPoints(80)
                .build();
    }

    @Test
    void aRobinConditionOnACurvedBoundaryHoldsForItsExactSolutionAndItsGradientIsRight() {
        assertEquals(Optional.empty(), ReferenceFit.worst(convectivePipe("0"), CONVECTIVE_PIPE,
                new double[][] { { 0.3 }, { 0.5 } }));
        assertTrue(ReferenceFit.worst(convectivePipe("1"), CONVECTIVE_PIPE, new double[][] { { 0.3 } }).isPresent(),
                "another ambient value is not met by the same solution");
        // the gradient through a*T + b*dT/dn against central differences
        PinnProblem problem = convectivePipe("0.5*x");
        Mlp network = problem.newNetwork(new int[] { 6 }, Activation.TANH, DataType.DOUBLE, 3);
        PinnLoss loss = problem.loss(network, new double[] { 0.4 });
        double[] weights = network.parameters();
        LossGradients.assertMatchDifferences(loss, weights, 7);
    }

    @Test
    void aLossMovedToAnotherRadiusEqualsOneMadeThere() {
        PinnProblem problem = cylinderProblem();
        Mlp network = problem.newNetwork(new int[] { 8, 8 }, Activation.TANH, DataType.DOUBLE, 7);
        double[] weights = network.parameters();
        PinnLoss moved = problem.loss(network, new double[] { 0.3 });
        double atSmall = moved.value(weights);
        moved.setPdeParameters(new double[] { 0.55 });
        double[] gradientMoved = new double[weights.length];
        double valueMoved = moved.valueAndGradient(weights, gradientMoved);
        PinnLoss fresh = problem.loss(problem.newNetwork(new int[] { 8, 8 }, Activation.TANH, DataType.DOUBLE, 7),
                new double[] { 0.55 });
        double[] gradientFresh = new double[weights.length];
        assertEquals(valueMoved, fresh.valueAndGradient(weights, gradientFresh), 0.0);
        for (int k = 0; k < weights.length; k++) {
            assertEquals(gradientFresh[k], gradientMoved[k], 0.0);
        }
        assertNotEquals(atSmall, valueMoved);
        // the points really moved: none of the collocation points is inside the larger hole
        double[] points = moved.groups().get(0).points();
        for (int p = 0; p < points.length / 2; p++) {
            assertTrue(Math.hypot(points[2 * p], points[2 * p + 1]) > 0.55);
        }
        // a hole larger than the plate leaves nothing: refused, and the loss stays where it was
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> moved.setPdeParameters(new double[] { 2.6 }));
        assertEquals("the domain rectangle box − disk cylinder has no area to place points in", empty.getMessage());
        assertEquals(valueMoved, moved.value(weights), 0.0);
    }
}
