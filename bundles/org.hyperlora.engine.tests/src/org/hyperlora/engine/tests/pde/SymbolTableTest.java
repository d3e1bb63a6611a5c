package org.hyperlora.engine.tests.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.pde.SymbolTable.SymbolKind;
import org.junit.jupiter.api.Test;

class SymbolTableTest {

    private static final SymbolTable KOVASZNAY = SymbolTable.builder()
            .coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();

    @Test
    void namesKeepTheirOrderAndIndices() {
        assertEquals(List.of("x", "y"), KOVASZNAY.coordinates());
        assertEquals(List.of("u", "v", "p"), KOVASZNAY.fields());
        assertEquals(List.of("Re"), KOVASZNAY.parameters());
        assertEquals(1, KOVASZNAY.coordinateIndex("y"));
        assertEquals(2, KOVASZNAY.fieldIndex("p"));
        assertEquals(0, KOVASZNAY.parameterIndex("Re"));
        assertEquals(-1, KOVASZNAY.fieldIndex("x"), "x is a coordinate, not a field");
        assertEquals(-1, KOVASZNAY.coordinateIndex("nu"));
    }

    @Test
    void kindOfCoversConstantsAndFunctions() {
        assertEquals(Optional.of(SymbolKind.COORDINATE), KOVASZNAY.kindOf("x"));
        assertEquals(Optional.of(SymbolKind.FIELD), KOVASZNAY.kindOf("v"));
        assertEquals(Optional.of(SymbolKind.PARAMETER), KOVASZNAY.kindOf("Re"));
        assertEquals(Optional.of(SymbolKind.CONSTANT), KOVASZNAY.kindOf("pi"));
        assertEquals(Optional.of(SymbolKind.CONSTANT), KOVASZNAY.kindOf("e"));
        assertEquals(Optional.of(SymbolKind.FUNCTION), KOVASZNAY.kindOf("tanh"));
        assertEquals(Optional.empty(), KOVASZNAY.kindOf("re"));
        assertEquals(Math.PI, SymbolTable.CONSTANTS.get("pi"));
        assertEquals(Math.E, SymbolTable.CONSTANTS.get("e"));
    }

    @Test
    void factoryEqualsBuilder() {
        SymbolTable fromFactory = SymbolTable.of(List.of("x", "y"), List.of("u", "v", "p"), List.of("Re"));
        assertEquals(KOVASZNAY, fromFactory);
        assertEquals(KOVASZNAY.hashCode(), fromFactory.hashCode());
    }

    @Test
    void describesKnownNamesLeavingOutEmptyCategories() {
        SymbolTable noParameters = SymbolTable.builder().coordinates("x").fields("u").build();
        assertEquals("coordinates x; fields u; constants pi, e; functions sin, cos, exp, log, sqrt, tanh, abs",
                noParameters.describeKnownNames());
    }

    @Test
    void rejectsDuplicatesWithinAndAcrossCategories() {
        assertMessage("duplicate name 'x': declared twice as a coordinate",
                () -> SymbolTable.builder().coordinates("x", "x").build());
        assertMessage("duplicate name 'u': declared as a field and as a parameter",
                () -> SymbolTable.builder().coordinates("x").fields("u").parameters("u").build());
        assertMessage("duplicate name 't': declared as a coordinate and as a field",
                () -> SymbolTable.builder().coordinates("t").fields("t").build());
    }

    @Test
    void rejectsNamesOfConstantsAndFunctions() {
        assertMessage("parameter name 'pi' clashes with the built-in constant pi",
                () -> SymbolTable.builder().coordinates("x").parameters("pi").build());
        assertMessage("field name 'e' clashes with the built-in constant e",
                () -> SymbolTable.builder().coordinates("x").fields("e").build());
        assertMessage("coordinate name 'exp' clashes with the built-in function exp",
                () -> SymbolTable.builder().coordinates("exp").build());
    }

    @Test
    void rejectsNamesThatAreNotIdentifiers() {
        for (String bad : Arrays.asList("u_x", "2x", "", "a-b", "ü")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> SymbolTable.builder().fields(bad).build(), bad);
            assertEquals("field name '" + bad
                    + "' is not an identifier: use a letter followed by letters or digits (no '_', which marks derivatives)",
                    error.getMessage());
        }
        assertMessage("parameter name at position 2 is null",
                () -> SymbolTable.builder().parameters("nu", null).build());
    }

    @Test
    void rejectsCoordinatesThatMakeDerivativesAmbiguous() {
        assertMessage("coordinate names make derivative suffixes ambiguous: 'xx' reads both as the coordinate 'xx'"
                + " and as 'x' followed by 'x'; rename a coordinate",
                () -> SymbolTable.builder().coordinates("x", "xx").build());
        assertMessage("coordinate names make derivative suffixes ambiguous: 'xy' reads both as the coordinate 'xy'"
                + " and as 'x' followed by 'y'; rename a coordinate",
                () -> SymbolTable.builder().coordinates("x", "y", "xy").build());
        // Two different pairs spelling the same text: a+bc and ab+c.
        IllegalArgumentException twoPairs = assertThrows(IllegalArgumentException.class,
                () -> SymbolTable.builder().coordinates("a", "bc", "ab", "c").build());
        assertTrue(twoPairs.getMessage().contains("'abc' reads both as 'a' followed by 'bc' and as 'ab' followed by 'c'"),
                twoPairs.getMessage());
    }

    @Test
    void multiLetterCoordinatesSplitDerivativeSuffixes() {
        SymbolTable polar = SymbolTable.builder().coordinates("r", "theta", "t").fields("u").build();
        Expression mixed = Expression.parse("u_rtheta + u_thetatheta + u_thetar + u_t", polar);
        assertEquals(List.of(StreamKey.of(0, 2), StreamKey.of(0, 0, 1), StreamKey.of(0, 1, 1)),
                List.copyOf(mixed.streams()));
        assertEquals("u_rtheta + u_thetatheta + u_rtheta + u_t", mixed.format());
        assertEquals("rtheta", Derivative.of(1, 0).format(polar));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, build);
        assertEquals(expected, error.getMessage());
    }
}
