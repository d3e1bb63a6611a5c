package org.hyperlora.engine.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

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
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.ReferenceFit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Solids (box, sphere, cylinder) and their CSG: sampling by volume and area, normals, parts, exact solutions. */
class SolidDomainTest {

    private static final Domain CUBE = Domain.builder().coordinate("x", -1, 1).coordinate("y", -1, 1)
            .coordinate("z", -1, 1).build();
    private static final Length RADIUS = new Length("R", p -> p[0], false);
    private static final Sampler SOBOL = SamplerKind.SOBOL.create();
    private static final SymbolTable SPACE = SymbolTable.of(List.of("x", "y", "z"), List.of("phi"), List.of("R"));

    /** The cube minus a ball of radius R at the origin. */
    private static ShapedDomain cubeWithBall() {
        return ShapedDomain.of(CUBE, List.of(
                new Step(Operation.UNION, new Shape.Box("cube", Length.of(-1), Length.of(-1), Length.of(-1),
                        Length.of(1), Length.of(1), Length.of(1))),
                new Step(Operation.DIFFERENCE, new Shape.Sphere("ball", Length.of(0), Length.of(0), Length.of(0),
                        RADIUS))));
    }

    @Test
    void interiorPointsFillTheVolumeOutsideTheBall() {
        ShapedDomain.Region region = cubeWithBall().at(new double[] { 0.5 });
        double[] points = region.interior(2000, SOBOL, 3);
        assertEquals(6000, points.length);
        for (int p = 0; p < 2000; p++) {
            double r = Math.sqrt(points[3 * p] * points[3 * p] + points[3 * p + 1] * points[3 * p + 1]
                    + points[3 * p + 2] * points[3 * p + 2]);
            assertTrue(r > 0.5, "point " + p + " at r = " + r + " is in the ball");
        }
        assertEquals(8 - 4.0 / 3 * Math.PI * 0.125, region.area(40000, SOBOL, 1), 0.03);
        assertTrue(region.contains(new double[] { 0.9, 0, 0 }, 0));
        assertTrue(!region.contains(new double[] { 0.1, 0.1, 0.1 }, 0));
    }

    @Test
    void theBallsSurfaceIsSpreadByAreaWithNormalsIntoTheBall() {
        ShapedDomain.PartPoints rim = cubeWithBall().at(new double[] { 0.4 }).boundary("ball", 400, SOBOL, 5);
        int upper = 0;
        for (int p = 0; p < 400; p++) {
            double[] at = { rim.points()[3 * p], rim.points()[3 * p + 1], rim.points()[3 * p + 2] };
            double r = Math.sqrt(at[0] * at[0] + at[1] * at[1] + at[2] * at[2]);
            assertEquals(0.4, r, 1e-9);
            for (int a = 0; a < 3; a++) {
                assertEquals(-at[a] / r, rim.normals()[3 * p + a], 1e-9, "normal towards the centre");
            }
            upper += at[2] > 0 ? 1 : 0;
            // equal areas: as many points above z = 0.2 as between -0.2 and 0.2 (zones of equal height)
        }
        assertEquals(200, upper, 10);
        ShapedDomain.PartPoints faces = cubeWithBall().withPart("lid", List.of("cube.front")).at(new double[] { 0.4 })
                .boundary("lid", 50, SOBOL, 2);
        for (int p = 0; p < 50; p++) {
            assertEquals(1, faces.points()[3 * p + 2]);
            assertEquals(1, faces.normals()[3 * p + 2]);
        }
    }

    /** Potential flow past a sphere: phi = x (1 + R³/(2 r³)), dphi/dn = 0 on the sphere. */
    private static final ReferenceSolution SPHERE_FLOW = reference("sphere flow", List.of("x", "y", "z"),
            (double[] p) -> {
                double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
                return p[0] * (1 + Math.pow(p[3], 3) / (2 * r * r * r));
            });

    /** Conduction across a pipe wall along z: T = ln(r)/ln(R) between the radii R and 1, ends insulated. */
    private static final ReferenceSolution PIPE = reference("pipe", List.of("x", "y", "z"),
            (double[] p) -> Math.log(Math.hypot(p[0], p[1])) / Math.log(p[3]));

    /** A reference from a function of (x, y, z, R). */
    private static ReferenceSolution reference(String name, List<String> coordinates, ToDoubleFunction<double[]> f) {
        return new ReferenceSolution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> coordinateNames() {
                return coordinates;
            }

            @Override
            public List<String> fieldNames() {
                return List.of(name.equals("pipe") ? "T" : "phi");
            }

            @Override
            public List<String> parameterNames() {
                return List.of("R");
            }

            @Override
            public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
                for (int i = 0; i < points.length; i++) {
                    fieldsOut[0][i] = f.applyAsDouble(new double[] { points[i][0], points[i][1], points[i][2],
                            parameters[0] });
                }
            }
        };
    }

    private static PinnProblem sphereFlow(String rimRhs) {
        return PinnProblem.builder(SPACE, CUBE).shape(cubeWithBall()).equation("phi_xx + phi_yy + phi_zz")
                .dirichlet("phi", "cube", "x*(1 + R^3/(2*(x^2 + y^2 + z^2)^(3/2)))").neumann("phi", "ball", rimRhs)
                .collocation(300, SamplerKind.SOBOL).boundaryPoints(120).build();
    }

    @Test
    void theExactPotentialPastASphereSatisfiesEveryTermAndAWrongRimConditionIsFound() {
        assertEquals(Optional.empty(), ReferenceFit.worst(sphereFlow("0"), SPHERE_FLOW,
                new double[][] { { 0.3 }, { 0.55 } }));
        assertTrue(ReferenceFit.worst(sphereFlow("x"), SPHERE_FLOW, new double[][] { { 0.3 } }).isPresent());
        // the loss moves with R and its gradient through the 3D normals is right
        PinnProblem problem = sphereFlow("0.1*z");
        Mlp network = problem.newNetwork(new int[] { 6 }, Activation.TANH, DataType.DOUBLE, 3);
        PinnLoss loss = problem.loss(network, new double[] { 0.3 });
        loss.setPdeParameters(new double[] { 0.45 });
        double[] weights = network.parameters();
        LossGradients.assertMatchDifferences(loss, weights, 5);
    }

    @Test
    void aPipeWallAlongZHasSideAndEndFacesWithTheirNormals() {
        Domain box = Domain.builder().coordinate("x", -1, 1).coordinate("y", -1, 1).coordinate("z", 0, 2).build();
        ShapedDomain pipe = ShapedDomain.of(box, List.of(
                new Step(Operation.UNION, new Shape.Cylinder("outer", 2, Length.of(0), Length.of(0), Length.of(0),
                        Length.of(2), Length.of(1))),
                new Step(Operation.DIFFERENCE, new Shape.Cylinder("inner", 2, Length.of(0), Length.of(0),
                        Length.of(0), Length.of(2), RADIUS))))
                .withPart("ends", List.of("outer.bottom", "outer.top"));
        SymbolTable symbols = SymbolTable.of(List.of("x", "y", "z"), List.of("T"), List.of("R"));
        PinnProblem problem = PinnProblem.builder(symbols, box).shape(pipe).equation("T_xx + T_yy + T_zz")
                .dirichlet("T", "inner", "1").dirichlet("T", "outer", "0")
                .neumann("T", "ends", "0").collocation(300, SamplerKind.SOBOL).boundaryPoints(100).build();
        // "outer" holds its ends too: T = 0 there is not the solution's value, which the check must see
        assertTrue(ReferenceFit.worst(problem, PIPE, new double[][] { { 0.4 } }).isPresent());
        ShapedDomain sideOnly = pipe.withPart("mantle", List.of("outer.side"));
        PinnProblem right = PinnProblem.builder(symbols, box).shape(sideOnly).equation("T_xx + T_yy + T_zz")
                .dirichlet("T", "inner", "1").dirichlet("T", "mantle", "0").neumann("T", "ends", "0")
                .collocation(300, SamplerKind.SOBOL).boundaryPoints(100).build();
        assertEquals(Optional.empty(), ReferenceFit.worst(right, PIPE, new double[][] { { 0.3 }, { 0.5 } }));
        ShapedDomain.PartPoints ends = sideOnly.at(new double[] { 0.3 }).boundary("ends", 200, SOBOL, 1);
        for (int p = 0; p < 200; p++) {
            double z = ends.points()[3 * p + 2];
            double r = Math.hypot(ends.points()[3 * p], ends.points()[3 * p + 1]);
            assertTrue(r >= 0.3 - 1e-12 && r <= 1 + 1e-12, "an end point in the bore at r = " + r);
            assertEquals(z == 0 ? -1 : 1, ends.normals()[3 * p + 2]);
        }
        // the inner cylinder's ends lie in the bore's openings: not boundary, so the inner part is its side only
        ShapedDomain.PartPoints bore = sideOnly.at(new double[] { 0.3 }).boundary("inner", 100, SOBOL, 2);
        for (int p = 0; p < 100; p++) {
            assertEquals(0.3, Math.hypot(bore.points()[3 * p], bore.points()[3 * p + 1]), 1e-9);
        }
    }

    @Test
    void theBuiltInDistanceCoversTheCubesFacesAndTheBall() {
        ShapedDomain shape = cubeWithBall();
        String d = BoundaryDistance.of(shape, List.of("boundary"));
        CompiledExpression compiled = SPACE.parse(d).compile();
        ShapedDomain.Region region = shape.at(new double[] { 0.35 });
        double[] rim = region.boundary("boundary", 300, SOBOL, 4).points();
        double[] point = new double[3];
        for (int p = 0; p < 300; p++) {
            System.arraycopy(rim, 3 * p, point, 0, 3);
            assertEquals(0, compiled.evaluateAt(point, new double[] { 0.35 }), 1e-12);
        }
        double[] interior = region.interior(500, SOBOL, 5);
        double[] values = new double[500];
        for (int p = 0; p < 500; p++) {
            System.arraycopy(interior, 3 * p, point, 0, 3);
            values[p] = compiled.evaluateAt(point, new double[] { 0.35 });
        }
        BoundaryDistance.requireUsable(shape, region, List.of("boundary"), interior, values, points -> {
            double[] out = new double[points.length / 3];
            for (int p = 0; p < out.length; p++) {
                out[p] = compiled.evaluateAt(new double[] { points[3 * p], points[3 * p + 1], points[3 * p + 2] },
                        new double[] { 0.35 });
            }
            return out;
        });
        // a box inside the cube has plane faces whose planes cross the domain: not built in, and said so
        ShapedDomain withBlock = ShapedDomain.of(CUBE, List.of(shape.steps().get(0), new Step(Operation.DIFFERENCE,
                new Shape.Box("block", Length.of(0.2), Length.of(0.2), Length.of(0.2), Length.of(0.6),
                        Length.of(0.6), Length.of(0.6)))));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BoundaryDistance.of(withBlock, List.of("block")));
        assertTrue(refused.getMessage().contains("block.left is at x = 0.2; write the distance yourself"),
                refused.getMessage());
    }

    @Test
    void planeShapesAndSolidsDoNotMixAndSolidsNeedThreeSpaceCoordinates() {
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> ShapedDomain.of(CUBE,
                List.of(cubeWithBall().steps().get(0), new Step(Operation.DIFFERENCE, new Shape.Disk("hole",
                        Length.of(0), Length.of(0), Length.of(0.2))))));
        assertEquals("plane shapes and solids cannot be mixed: disk hole is plane, box cube is not",
                mixed.getMessage());
        Domain plane = Domain.builder().coordinate("x", -1, 1).coordinate("y", -1, 1).build();
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> ShapedDomain.of(plane, List.of(cubeWithBall().steps().get(1))));
        assertTrue(flat.getMessage().startsWith("solids describe space domains: the family needs exactly three space"
                + " coordinates"), flat.getMessage());
        IllegalArgumentException degenerate = assertThrows(IllegalArgumentException.class,
                () -> cubeWithBall().at(new double[] { -0.1 }));
        assertEquals("sphere ball is degenerate: radius -0.100000 (must be > 0)", degenerate.getMessage());
    }
}
