package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.ErrorMetrics.FieldError;
import org.hyperlora.engine.reference.KovasznayReference;
import org.junit.jupiter.api.Test;

class ErrorMetricsTest {

    @Test
    void relativeL2AndMaxAbsOnHandComputedData() {
        double[] exact = {3, 4, 0};
        double[] predicted = {3, 4.5, -1};
        // ||(0, 0.5, -1)|| / ||(3, 4, 0)|| = sqrt(1.25) / 5
        assertEquals(Math.sqrt(1.25) / 5, ErrorMetrics.relativeL2("u", predicted, exact), 1e-15);
        assertEquals(1.0, ErrorMetrics.maxAbs("u", predicted, exact), 0.0);
        assertEquals(0.0, ErrorMetrics.relativeL2("u", exact, exact), 0.0);
    }

    @Test
    void meanShiftedVariantIgnoresAConstantPressureOffset() {
        double[] exact = {1, 2, 3, 6};
        double[] shifted = {11, 12, 13, 16};
        assertEquals(0.0, ErrorMetrics.relativeL2MeanShifted("p", shifted, exact), 1e-15);
        assertEquals(0.0, ErrorMetrics.maxAbsMeanShifted("p", shifted, exact), 1e-14);
        assertTrue(ErrorMetrics.relativeL2("p", shifted, exact) > 1);
        // A genuine shape error survives the shift: exact - mean = (-2, -1, 0, 3), error (0, 0, 0, 1) - 1/4.
        double[] wrong = {1, 2, 3, 7};
        double expected = Math.sqrt(3 * 0.0625 + 0.5625) / Math.sqrt(14);
        assertEquals(expected, ErrorMetrics.relativeL2MeanShifted("p", wrong, exact), 1e-15);
        assertEquals(0.75, ErrorMetrics.maxAbsMeanShifted("p", wrong, exact), 1e-15);
    }

    @Test
    void compareAllShiftsOnlyTheNamedFields() {
        KovasznayReference flow = new KovasznayReference();
        double[][] points = {{0, 0.1}, {0.5, 0.7}, {-0.3, 1.2}, {0.9, -0.4}};
        double[][] exact = flow.evaluate(new double[] {20}, points);
        double[][] predicted = flow.evaluate(new double[] {20}, points);
        for (int i = 0; i < points.length; i++) {
            predicted[0][i] *= 1.01; // 1 % error in u
            predicted[2][i] += 5.0; // pressure known only up to a constant
        }
        List<FieldError> errors = ErrorMetrics.compareAll(flow.fieldNames(), predicted, exact, Set.of("p"));
        assertEquals(0.01, errors.get(0).relativeL2(), 1e-14);
        assertFalse(errors.get(0).meanShifted());
        assertEquals(0.0, errors.get(1).relativeL2(), 0.0);
        assertEquals("p", errors.get(2).field());
        assertTrue(errors.get(2).meanShifted());
        assertEquals(0.0, errors.get(2).relativeL2(), 1e-13);
    }

    @Test
    void nanPredictionsAreReportedNotHidden() {
        assertTrue(Double.isNaN(ErrorMetrics.maxAbs("u", new double[] {Double.NaN, 0}, new double[] {1, 1})));
        assertTrue(Double.isNaN(ErrorMetrics.relativeL2("u", new double[] {Double.NaN, 0}, new double[] {1, 1})));
    }

    @Test
    void rejectsMismatchedLengthsAndDegenerateExactFieldsNamingTheField() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> ErrorMetrics.relativeL2("v", new double[3], new double[] {1, 2})).getMessage();
        assertTrue(message.contains("field v") && message.contains("3") && message.contains("2"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> ErrorMetrics.relativeL2("u", new double[] {1, 2}, new double[2])).getMessage();
        assertTrue(message.contains("field u") && message.contains("all zero"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> ErrorMetrics.relativeL2MeanShifted("p", new double[] {1, 2}, new double[] {4, 4})).getMessage();
        assertTrue(message.contains("field p") && message.contains("constant"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> ErrorMetrics.compareAll(List.of("u"), new double[1][2], new double[][] {{1, 2}}, Set.of("p")))
                .getMessage();
        assertTrue(message.contains("'p'"), message);
    }
}
