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
        assertEquals(List.of("burgers", "kovasznay", "convection"), ReferenceSolutions.names());
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
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        String message = assertThrows(IllegalArgumentException.class, () -> ReferenceSolutions.byName("heat"))
                .getMessage();
        assertTrue(message.contains("'heat'") && message.contains("[burgers, kovasznay, convection]"), message);
        assertThrows(IllegalArgumentException.class, () -> ReferenceSolutions.byName(null));
    }
}
