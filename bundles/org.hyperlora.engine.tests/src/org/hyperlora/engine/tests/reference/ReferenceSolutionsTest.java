package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ConvectionReference;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

class ReferenceSolutionsTest {

    @Test
    void findsEachSolutionByItsOwnName() {
        assertEquals(List.of("burgers", "kovasznay", "convection", "cylinder", "pipewall", "sphere"), ReferenceSolutions.names());
        for (String name : ReferenceSolutions.names()) {
            assertEquals(name, ReferenceSolutions.byName(name).name());
        }
        assertInstanceOf(BurgersReference.class, ReferenceSolutions.byName(" Burgers "));
        assertInstanceOf(KovasznayReference.class, ReferenceSolutions.byName("KOVASZNAY"));
        assertInstanceOf(ConvectionReference.class, ReferenceSolutions.byName("convection"));
    }

    @Test
    void describesCoordinatesFieldsAndParameters() {
        ReferenceSolution burgers = ReferenceSolutions.byName("burgers");
        assertEquals(List.of("x", "t"), burgers.coordinateNames());
        assertEquals(List.of("u"), burgers.fieldNames());
        assertEquals(List.of("nu"), burgers.parameterNames());
        ReferenceSolution kovasznay = ReferenceSolutions.byName("kovasznay");
        assertEquals(List.of("x", "y"), kovasznay.coordinateNames());
        assertEquals(List.of("u", "v", "p"), kovasznay.fieldNames());
        assertEquals(List.of("Re"), kovasznay.parameterNames());
        assertEquals(List.of("beta"), ReferenceSolutions.byName("convection").parameterNames());
        assertEquals(List.of("phi"), ReferenceSolutions.byName("cylinder").fieldNames());
        assertEquals(List.of("T"), ReferenceSolutions.byName("pipewall").fieldNames());
    }

    @Test
    void theShapedFamiliesSolutionsMeetTheirConditions() {
        // the cylinder: no flow through it, dphi/dr = 0 on r = R
        double radius = 0.4;
        double[][] onRim = { { radius * Math.cos(0.7), radius * Math.sin(0.7) } };
        double h = 1e-6;
        double[][] outside = { { (radius + h) * Math.cos(0.7), (radius + h) * Math.sin(0.7) } };
        double phi = ReferenceSolutions.byName("cylinder").evaluate(new double[] { radius }, onRim)[0][0];
        double phiOut = ReferenceSolutions.byName("cylinder").evaluate(new double[] { radius }, outside)[0][0];
        assertEquals(0, (phiOut - phi) / h, 1e-5);
        // the pipe wall: 1 on the inner surface, 0 on the outer
        ReferenceSolution pipe = ReferenceSolutions.byName("pipewall");
        assertEquals(1, pipe.evaluate(new double[] { 0.3 }, new double[][] { { 0, 0.3 } })[0][0], 1e-12);
        assertEquals(0, pipe.evaluate(new double[] { 0.3 }, new double[][] { { -0.6, 0.8 } })[0][0], 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> pipe.evaluate(new double[] { 0.3 }, new double[][] { { 0, 0 } }));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        String message = assertThrows(IllegalArgumentException.class, () -> ReferenceSolutions.byName("heat"))
                .getMessage();
        assertTrue(message.contains("'heat'") && message.contains("[burgers, kovasznay, convection, cylinder, pipewall, sphere]"), message);
        assertThrows(IllegalArgumentException.class, () -> ReferenceSolutions.byName(null));
    }
}
