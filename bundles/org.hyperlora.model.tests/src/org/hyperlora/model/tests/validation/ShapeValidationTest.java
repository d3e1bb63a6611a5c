package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.assertOnlyProblems;
import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.hyperlora.model.tests.Studies.load;
import static org.hyperlora.model.tests.Studies.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.BoundaryPart;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Disk;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Polygon;
import org.hyperlora.model.Study;
import org.hyperlora.model.Vertex;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;

/** Shapes, their parts and the conditions on them, checked before any training. */
class ShapeValidationTest {

    private static Disk cylinder(Study study) {
        return (Disk) study.getFamily().getShapes().get(1);
    }

    @Test
    void theCylinderExampleMapsToAPlateWithAHoleThatFollowsR() throws Exception {
        Study study = load("cylinder");
        var setup = StudyMapping.toEngine(study);
        var shape = setup.problem().shape().orElseThrow();
        assertEquals("rectangle box − disk cylinder", shape.describe());
        assertTrue(shape.dependsOnParameters());
        // the hole has the radius of the parameter value
        var rim = shape.at(new double[] { 0.35 }).boundary("cylinder", 16,
                org.hyperlora.engine.sampling.SamplerKind.SOBOL.create(), 1);
        assertEquals(0.35, Math.hypot(rim.points()[0], rim.points()[1]), 1e-9);
    }

    @Test
    void aHoleLargerThanThePlateSomewhereInTheRangeIsNamedWithItsValue() {
        Study study = load("cylinder");
        cylinder(study).setRadius("5*R");
        // R = 0.2 gives a hole of radius 1: fine; from R = 0.5 (radius 2.5) the plate is gone
        Diagnostic diagnostic = assertProblem(study, StudyProblem.BAD_SHAPE, study.getFamily(), "at R = 0.5",
                "has no area");
        assertEquals(Literals.PDE_FAMILY__SHAPES, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.BAD_SHAPE);
        cylinder(study).setRadius("R");
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void aNegativeRadiusAndAShapeOutsideTheBoxAreNamed() {
        Study study = load("cylinder");
        cylinder(study).setRadius("R - 0.3");
        assertProblem(study, StudyProblem.BAD_SHAPE, study.getFamily(), "at R = 0.2", "disk cylinder is degenerate",
                "radius -0.1");
        cylinder(study).setRadius("R");
        // a hole may cut the plate's edge, but what is added must stay in the coordinates' box
        cylinder(study).setCenterX("1.8");
        assertEquals(0, org.hyperlora.model.tests.Studies.problems(study, StudyProblem.BAD_SHAPE).size());
        cylinder(study).setCenterX("0");
        ((org.hyperlora.model.Rectangle) study.getFamily().getShapes().get(0)).setXmax("2 + R");
        assertProblem(study, StudyProblem.BAD_SHAPE, study.getFamily(), "at R = 0.2", "reaches x from -2 to 2.2",
                "outside the coordinates' ranges");
    }

    @Test
    void dimensionsMayUseParametersButNotCoordinates() {
        Study study = load("cylinder");
        cylinder(study).setRadius("0.1*x");
        assertProblem(study, StudyProblem.BAD_SHAPE, cylinder(study), "disk cylinder", "'0.1*x'",
                "numbers and parameters only");
        cylinder(study).setRadius("0.3 +");
        assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, cylinder(study), "disk cylinder", "radius '0.3 +'");
        cylinder(study).setRadius("Rr");
        assertProblem(study, StudyProblem.UNKNOWN_SYMBOL, cylinder(study), "'Rr'");
    }

    @Test
    void namesOfShapesAndPartsAreUniqueAndPartsSelectRealEdges() {
        Study study = load("cylinder");
        PdeFamily family = study.getFamily();
        BoundaryPart inlet = HyperloraFactory.eINSTANCE.createBoundaryPart();
        inlet.setName("inlet");
        inlet.getEdges().add("box.west");
        family.getBoundaryParts().add(inlet);
        assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, inlet, "rectangle box has no edge 'west'",
                "its edges: left, bottom, right, top");
        inlet.getEdges().set(0, "box.left");
        assertEquals(Diagnostic.OK, severity(study));
        inlet.setName("cylinder");
        assertProblem(study, StudyProblem.DUPLICATE_NAME, inlet, "'cylinder' is used twice");
        inlet.setName("boundary");
        assertProblem(study, StudyProblem.INVALID_NAME, inlet, "reserved");
        inlet.setName("inlet");
        Condition onInlet = HyperloraFactory.eINSTANCE.createCondition();
        onInlet.setKind(ConditionKind.DIRICHLET);
        onInlet.setField(family.getFields().get(0));
        onInlet.setBoundary("inlet");
        onInlet.setExpression("x*(1 + R^2/(x^2 + y^2))");
        family.getConditions().add(onInlet);
        assertEquals(Diagnostic.OK, severity(study), "a condition on a defined part");
        onInlet.setBoundary("left");
        assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, onInlet, "unknown boundary part 'left'",
                "box, cylinder, inlet, boundary");
        onInlet.setKind(ConditionKind.PERIODIC);
        onInlet.setBoundary("x");
        assertProblem(study, StudyProblem.PERIODIC_ON_SHAPE, onInlet, "made of shapes");
    }

    @Test
    void aPolygonNeedsThreeVerticesAndMustNotCrossItself() {
        Study study = load("cylinder");
        Polygon polygon = HyperloraFactory.eINSTANCE.createPolygon();
        polygon.setName("notch");
        polygon.setOperation(org.hyperlora.model.CsgOperation.DIFFERENCE);
        study.getFamily().getShapes().add(polygon);
        double[][] corners = { { 1, 1 }, { 1.5, 1 } };
        for (double[] corner : corners) {
            Vertex vertex = HyperloraFactory.eINSTANCE.createVertex();
            vertex.setX(Double.toString(corner[0]));
            vertex.setY(Double.toString(corner[1]));
            polygon.getVertices().add(vertex);
        }
        assertProblem(study, StudyProblem.BAD_SHAPE, polygon, "polygon notch has 2 vertices");
        for (double[] corner : new double[][] { { 1.5, 1.4 }, { 1, 1.4 } }) {
            Vertex vertex = HyperloraFactory.eINSTANCE.createVertex();
            vertex.setX(Double.toString(corner[0]));
            vertex.setY(Double.toString(corner[1]));
            polygon.getVertices().add(vertex);
        }
        assertOnlyProblems(study, StudyProblem.MISSING_CONDITION); // the notch's edges have no condition yet
        // swap two corners: a bow tie
        polygon.getVertices().move(3, 2);
        assertProblem(study, StudyProblem.BAD_SHAPE, polygon, "polygon notch crosses itself");
    }

    @Test
    void aShapeEdgeWithoutAConditionIsAWarningNamingTheEdges() {
        Study study = load("cylinder");
        Polygon notch = HyperloraFactory.eINSTANCE.createPolygon();
        notch.setName("notch");
        notch.setOperation(org.hyperlora.model.CsgOperation.DIFFERENCE);
        for (double[] corner : new double[][] { { 1, 1 }, { 1.5, 1 }, { 1.5, 1.4 } }) {
            Vertex vertex = HyperloraFactory.eINSTANCE.createVertex();
            vertex.setX(Double.toString(corner[0]));
            vertex.setY(Double.toString(corner[1]));
            notch.getVertices().add(vertex);
        }
        study.getFamily().getShapes().add(notch);
        assertProblem(study, StudyProblem.MISSING_CONDITION, study.getFamily(), "field phi",
                "no condition on notch.e1, notch.e2, notch.e3");
        assertOnlyProblems(study, StudyProblem.MISSING_CONDITION);
        Condition onNotch = HyperloraFactory.eINSTANCE.createCondition();
        onNotch.setKind(ConditionKind.NEUMANN);
        onNotch.setField(study.getFamily().getFields().get(0));
        onNotch.setBoundary("notch");
        onNotch.setExpression("0");
        study.getFamily().getConditions().add(onNotch);
        assertTrue(org.hyperlora.model.tests.Studies.problems(study, StudyProblem.MISSING_CONDITION).isEmpty());
    }

    @Test
    void aRobinConditionNeedsBothCoefficientsAndTrainsAsATerm() throws Exception {
        Study study = load("cylinder");
        Condition rim = study.getFamily().getConditions().get(1);
        rim.setKind(ConditionKind.ROBIN);
        assertEquals(false, rim.isSetValueCoefficient(), "a and b are 1 until set");
        // 1*phi + 1*dphi/dn = 0 is not what the exact potential does on the rim
        assertProblem(study, StudyProblem.REFERENCE_DOES_NOT_SOLVE, study.getFamily().getReference(), "robin");
        rim.setValueCoefficient("0");
        assertEquals(Diagnostic.OK, severity(study), "0*phi + 1*dphi/dn = 0 is the Neumann condition");
        var setup = StudyMapping.toEngine(study);
        assertTrue(setup.loss(setup.newNetwork(), new double[] { 0.4 }).termNames().contains("robin phi on cylinder"));
        rim.setNormalCoefficient(" ");
        assertProblem(study, StudyProblem.MISSING_EXPRESSION, rim, "b (the normal derivative's coefficient)");
        rim.setNormalCoefficient("k");
        assertProblem(study, StudyProblem.UNKNOWN_SYMBOL, rim, "'k'");
    }

    @Test
    void aDataRowInTheHoleIsRefusedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        Study study = load("cylinder");
        var reference = study.getFamily().getReference();
        reference.setKind(org.hyperlora.model.ReferenceKind.DATA_FILE);
        reference.setDataFile("phi.csv");
        org.hyperlora.model.io.StudyFiles.save(study, temp.resolve("cylinder.hyperlora"));
        // at R = 0.3 the point (1, 0) is in the domain, (0.25, 0) in the cylinder
        java.nio.file.Files.writeString(temp.resolve("phi.csv"), "R,x,y,phi\n0.3,1,0,1.09\n0.3,0.25,0,0.61\n");
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "phi.csv, line 3: the point [0.25, 0.0] is"
                + " outside the domain rectangle box − disk cylinder at [0.3]");
        java.nio.file.Files.writeString(temp.resolve("phi.csv"), "R,x,y,phi\n0.3,1,0,1.09\n0.3,0.5,0,0.68\n");
        assertTrue(org.hyperlora.model.tests.Studies.problems(study, StudyProblem.BAD_DATA_FILE).isEmpty());
    }

    @Test
    void shapesNeedTwoSpaceCoordinates() {
        Study study = load("burgers");
        study.getFamily().getShapes().add(load("cylinder").getFamily().getShapes().get(0));
        assertProblem(study, StudyProblem.BAD_SHAPE, study.getFamily(), "1 space coordinates",
                "two space coordinates");
    }

    private static org.hyperlora.model.HardConstraint builtInDistance(Study study, String... parts) {
        org.hyperlora.model.HardConstraint constraint = HyperloraFactory.eINSTANCE.createHardConstraint();
        constraint.setField(study.getFamily().getFields().get(0));
        constraint.setValue("x*(1 + R^2/(x^2 + y^2))");
        constraint.getVanishesOn().addAll(java.util.List.of(parts));
        study.getFamily().getHardConstraints().add(constraint);
        return constraint;
    }

    @Test
    void aHardConstraintWithTheBuiltInDistanceMeetsItsValuesExactlyOnItsParts() throws Exception {
        Study study = load("cylinder");
        builtInDistance(study, "box");
        assertEquals(Diagnostic.OK, severity(study));
        var setup = StudyMapping.toEngine(study);
        var problem = setup.problem();
        var network = setup.newNetwork();
        for (double r : new double[] { 0.25, 0.55 }) {
            double[] rim = problem.shape().orElseThrow().at(new double[] { r }).boundary("box", 64,
                    org.hyperlora.engine.sampling.SamplerKind.SOBOL.create(), 3).points();
            double[] phi = problem.fieldValues(network, new double[] { r }, rim)[0];
            for (int p = 0; p < 64; p++) {
                double x = rim[2 * p];
                double y = rim[2 * p + 1];
                assertEquals(x * (1 + r * r / (x * x + y * y)), phi[p], 1e-13, "phi on the box at R = " + r);
            }
        }
    }

    @Test
    void aBuiltInDistanceIsRefusedBesideAnExpressionOnUnknownPartsAndOnEdgesThatAreNotBoundary() {
        Study study = load("cylinder");
        var constraint = builtInDistance(study, "box");
        constraint.setDistance("(4 - x^2)*(2.25 - y^2)");
        assertProblem(study, StudyProblem.BAD_DISTANCE, constraint, "hard constraint on phi: give either a distance"
                + " expression or the parts the built-in distance vanishes on (box), not both");
        constraint.setDistance(null);
        constraint.getVanishesOn().set(0, "inlet");
        assertProblem(study, StudyProblem.BAD_DISTANCE, constraint, "unknown boundary part 'inlet'",
                "box, cylinder, boundary");
        constraint.getVanishesOn().set(0, "box");
        // the hole moved onto the plate's right side cuts box.right from R = 0.2 on
        cylinder(study).setCenterX("2");
        Diagnostic refused = assertProblem(study, StudyProblem.BAD_DISTANCE, constraint, "at R = 0.2",
                "edge box.right is not on the domain's boundary all along");
        assertEquals(Literals.HARD_CONSTRAINT__VANISHES_ON, refused.getData().get(1));
        cylinder(study).setCenterX("0");
        assertEquals(Diagnostic.OK, severity(study));
    }
}
