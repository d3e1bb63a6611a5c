package org.hyperlora.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped example studies are valid and in canonical form. */
class ExampleStudiesTest {

    @ParameterizedTest
    @ValueSource(strings = { "burgers", "burgers-demo", "kovasznay", "convection", "convection-wide", "cylinder",
            "pipe-wall", "sphere" })
    void exampleIsValidWithoutWarnings(String name) {
        Study study = Studies.load(name);
        assertEquals(name, study.getName());
        Diagnostic diagnostic = StudyFiles.validate(study);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> StudyFiles.format(diagnostic));
        assertEquals(List.of(), StudyFiles.problems(diagnostic));
        assertEquals("", StudyFiles.format(diagnostic));
    }

    @ParameterizedTest
    @ValueSource(strings = { "burgers", "burgers-demo", "kovasznay", "convection", "convection-wide", "cylinder",
            "pipe-wall", "sphere" })
    void saveReproducesTheExampleByteForByte(String name, @TempDir Path temp) throws Exception {
        Study study = Studies.load(name);
        Path copy = temp.resolve(name + ".hyperlora");
        StudyFiles.save(study, copy);
        byte[] expected = Files.readAllBytes(Studies.example(name));
        byte[] actual = Files.readAllBytes(copy);
        // compared as text first for a readable failure, then as bytes (encoding, line ends)
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
        // the temporary file of the atomic write is gone
        try (var files = Files.list(temp)) {
            assertEquals(List.of(copy), files.toList());
        }
    }

    @Test
    void changesSurviveSaveAndLoad(@TempDir Path temp) throws Exception {
        Study study = Studies.load("kovasznay");
        Parameter re = study.getFamily().getParameters().get(0);
        assertFalse(re.isSetReferenceValue(), "the example trains the base network at the middle of the range");
        re.setReferenceValue(40);
        study.getFamily().getEquations().get(0).setWeight(2.5);
        Path file = temp.resolve("sub/dir/changed.hyperlora");
        StudyFiles.save(study, file);

        Study reloaded = StudyFiles.load(file);
        Parameter reloadedRe = reloaded.getFamily().getParameters().get(0);
        assertEquals(40.0, reloadedRe.getReferenceValue());
        assertEquals(true, reloadedRe.isSetReferenceValue());
        assertEquals(2.5, reloaded.getFamily().getEquations().get(0).getWeight());
        // references by name are resolved: the mean-shifted field is the family's p
        assertNotNull(reloaded.getFamily().getReference());
        assertEquals(List.of(reloaded.getFamily().getFields().get(2)),
                reloaded.getFamily().getReference().getMeanShiftedFields());
        assertEquals(Diagnostic.OK, StudyFiles.validate(reloaded).getSeverity());
    }
}
