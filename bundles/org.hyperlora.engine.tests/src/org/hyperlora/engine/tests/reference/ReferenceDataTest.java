package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Solution data from files: rows grouped by parameter value, and bad data refused with file, line and column. */
class ReferenceDataTest {

    private static final List<String> PARAMETERS = List.of("nu");
    private static final List<String> COORDINATES = List.of("x", "t");
    private static final List<String> FIELDS = List.of("u");
    private static final ParameterRange RANGE = ParameterRange.of("nu", 0.001, 0.1, true);
    private static final Domain DOMAIN = Domain.of(COORDINATES, new double[] {-1, 0}, new double[] {1, 1}, "t");

    private static ReferenceData read(Path folder, String content) throws Exception {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return ReferenceData.read(file, PARAMETERS, COORDINATES, FIELDS);
    }

    @Test
    void rowsAreGroupedByParameterValueInTheOrderTheFileNamesThem(@TempDir Path folder) throws Exception {
        // a byte-order mark, quoted header cells, another column order, a blank line
        ReferenceData data = read(folder, "\uFEFF\"u\",t,x,nu\n0.5,0.1,-0.5,0.01\n0.25,0.2,0.5,0.02\n\n"
                + "0.75,0.3,0.0,0.01\n");
        data.checkWithin(RANGE, DOMAIN);
        assertEquals(2, data.cases().size());
        ReferenceData.Case first = data.cases().get(0);
        assertArrayEquals(new double[] {0.01}, first.parameters());
        assertArrayEquals(new double[] {-0.5, 0.1, 0.0, 0.3}, first.points(), "x then t, as the family orders them");
        assertArrayEquals(new double[] {0.5, 0.75}, first.values()[0]);
        assertArrayEquals(new int[] {2, 5}, first.lines(), "file lines, counting the header and the blank line");
        assertArrayEquals(new double[] {0.5, 0.2}, data.caseAt(new double[] {0.02}).points());
        assertNull(data.caseAt(new double[] {0.03}));
        assertEquals("data.csv (2 parameter values, 3 points)", data.describe());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file||is empty",
        "a header and no rows|nu,x,t,u|has a header but no rows",
        "a missing column|nu,x,t\\n0.01,0,0|lacks the column 'u'",
        "an unknown column|nu,x,t,u,v\\n0.01,0,0,1,2|line 1: unknown column 'v'",
        "a column named twice|nu,x,t,u,u\\n0.01,0,0,1,2|line 1: the header names the column 'u' twice",
        "a word for a number|nu,x,t,u\\n0.01,0,0,1\\n0.01,0.5,0,one|line 3, column 'u': 'one' is not a finite number",
        "NaN|nu,x,t,u\\n0.01,0,0,NaN|line 2, column 'u': 'NaN' is not a finite number",
        "an infinity|nu,x,t,u\\n0.01,0,Infinity,1|line 2, column 't': 'Infinity' is not a finite number",
        "a short row|nu,x,t,u\\n0.01,0,0|line 2: 3 values, no column 'u'",
    })
    void badDataIsRefusedNamingTheFileLineAndColumn(String what, String content, String message,
            @TempDir Path folder) {
        String text = content == null ? "" : content.replace("\\n", "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(folder, text), what);
        assertTrue(e.getMessage().contains("data.csv") && e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aParameterValueOutsideTheRangeOrAPointOutsideTheDomainIsRefused(@TempDir Path folder) throws Exception {
        ReferenceData outsideRange = read(folder, "nu,x,t,u\n0.01,0,0,1\n0.5,0,0,1\n");
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> outsideRange.checkWithin(RANGE, DOMAIN));
        assertTrue(range.getMessage().contains("data.csv, line 3, column 'nu': 0.5 is outside the parameter range"
                + " [0.001, 0.1]"), range.getMessage());
        ReferenceData outsideDomain = read(folder, "nu,x,t,u\n0.01,0,0,1\n0.01,0.5,-0.25,1\n");
        IllegalArgumentException domain = assertThrows(IllegalArgumentException.class,
                () -> outsideDomain.checkWithin(RANGE, DOMAIN));
        assertTrue(domain.getMessage().contains("data.csv, line 3, column 't': -0.25 is outside the domain [0.0, 1.0]"),
                domain.getMessage());
    }
}
