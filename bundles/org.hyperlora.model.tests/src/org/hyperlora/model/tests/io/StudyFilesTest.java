package org.hyperlora.model.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.tests.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading is all or nothing: every damaged or foreign file is refused with a message that names the file, and
 * the resource set is left without a half-loaded resource.
 */
class StudyFilesTest {

    @TempDir
    Path temp;

    /** Loads into a fresh resource set, expects a refusal, and checks that nothing stays behind. */
    private static StudyFileException refused(Path file) {
        ResourceSet resources = StudyFiles.newResourceSet();
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file, resources));
        assertEquals(List.of(), resources.getResources(), "no half-loaded resource is kept");
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e;
    }

    private Path write(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String example(String name) throws Exception {
        return Files.readString(Studies.example(name), StandardCharsets.UTF_8);
    }

    @Test
    void missingFile() {
        StudyFileException e = refused(temp.resolve("absent.hyperlora"));
        assertTrue(e.getMessage().contains("no such study file"), e.getMessage());
    }

    @Test
    void directoryIsNotAStudyFile() throws Exception {
        Path directory = Files.createDirectory(temp.resolve("folder.hyperlora"));
        refused(directory);
    }

    @Test
    void truncatedFileNamesTheLine() throws Exception {
        String text = example("burgers");
        Path file = write("truncated.hyperlora", text.substring(0, text.indexOf("<method") + 20));
        StudyFileException e = refused(file);
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws Exception {
        String text = example("burgers").replace("<fields name=\"u\" description=\"velocity\"/>",
                "<fields name=\"u\" description=\"velocity\">");
        StudyFileException e = refused(write("malformed.hyperlora", text));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void foreignXmlIsNotAStudy() throws Exception {
        StudyFileException e = refused(write("pom.hyperlora", "<project><modelVersion>4</modelVersion></project>"));
        assertTrue(e.getMessage().contains("not a HyperLoRA study"), e.getMessage());
    }

    @Test
    void unknownAttributeIsRefusedByName() throws Exception {
        String text = example("convection").replace("<coordinates name=\"x\"",
                "<coordinates name=\"x\" periodicity=\"2\"");
        StudyFileException e = refused(write("unknown-attribute.hyperlora", text));
        assertTrue(e.getMessage().contains("periodicity"), e.getMessage());
        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
    }

    @Test
    void unknownElementIsRefusedByName() throws Exception {
        String text = example("convection").replace("<fields name=\"u\"/>",
                "<fields name=\"u\"/>\n    <constants name=\"c\"/>");
        StudyFileException e = refused(write("unknown-element.hyperlora", text));
        assertTrue(e.getMessage().contains("constants"), e.getMessage());
    }

    @Test
    void unknownEnumLiteralIsRefused() throws Exception {
        String text = example("convection").replace("sampler=\"sobol\"", "sampler=\"random\"");
        StudyFileException e = refused(write("bad-literal.hyperlora", text));
        assertTrue(e.getMessage().contains("random"), e.getMessage());
    }

    @Test
    void danglingFieldReferenceIsRefused() throws Exception {
        String text = example("convection").replace("<conditions kind=\"initial\" field=\"u\"",
                "<conditions kind=\"initial\" field=\"w\"");
        StudyFileException e = refused(write("dangling.hyperlora", text));
        assertTrue(e.getMessage().contains("'w'"), e.getMessage());
    }

    @Test
    void ecoreModelIsNotAStudy() throws Exception {
        Path ecore = Studies.examplesDirectory().resolveSibling("bundles/org.hyperlora.model/model/hyperlora.ecore");
        Path copy = Files.copy(ecore, temp.resolve("metamodel.hyperlora"));
        StudyFileException e = refused(copy);
        assertTrue(e.getMessage().contains("is not a HyperLoRA study: it holds a EPackage"), e.getMessage());
        assertTrue(e.getMessage().contains("where one hyperlora:Study"), e.getMessage());
        // the same file under its own extension
        refused(Files.copy(ecore, temp.resolve("metamodel.ecore")));
    }

    @Test
    void genModelIsNotAHyperloraStudy() throws Exception {
        Path genmodel = Studies.examplesDirectory()
                .resolveSibling("bundles/org.hyperlora.model/model/hyperlora.genmodel");
        StudyFileException e = refused(Files.copy(genmodel, temp.resolve("generator.hyperlora")));
        // GenModel's package is unknown to a plain runtime ("not a HyperLoRA study"); where it is registered,
        // the file loads as a GenModel, which is no study either
        assertTrue(e.getMessage().contains("not a HyperLoRA study"), e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        refused(write("empty.hyperlora", ""));
    }

    @Test
    void fileWithTwoStudiesIsRefused() throws Exception {
        String study = example("convection");
        String body = study.substring(study.indexOf("<hyperlora:Study"));
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyperlora=\"http://www.hyperlora.org/study/1.0\">\n"
                + body.replace(" xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                        + " xmlns:hyperlora=\"http://www.hyperlora.org/study/1.0\"", "")
                + body.replace(" xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                        + " xmlns:hyperlora=\"http://www.hyperlora.org/study/1.0\"", "")
                + "</xmi:XMI>\n";
        StudyFileException e = refused(write("two.hyperlora", text));
        assertTrue(e.getMessage().contains("2 root objects"), e.getMessage());
    }

    @Test
    void validFileLoadsIntoTheGivenResourceSet() throws Exception {
        ResourceSet resources = StudyFiles.newResourceSet();
        Study study = StudyFiles.load(Studies.example("convection"), resources);
        assertEquals(1, resources.getResources().size());
        assertEquals(resources.getResources().get(0), study.eResource());
    }

    @Test
    void failedSaveKeepsTheOldFileAndLeavesNoTemporary() throws Exception {
        Study study = Studies.load("burgers");
        // a non-empty directory where the file should go: the atomic move fails
        Path target = Files.createDirectories(temp.resolve("taken.hyperlora"));
        Files.writeString(target.resolve("inside"), "x");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, target));
        assertTrue(e.getMessage().contains("taken.hyperlora"), e.getMessage());
        try (var files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void failedSaveLeavesTheStudyAtItsOldLocation() throws Exception {
        Study study = Studies.load("burgers");
        var before = study.eResource().getURI();
        Path target = Files.createDirectories(temp.resolve("occupied.hyperlora"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(StudyFileException.class, () -> StudyFiles.save(study, target));
        assertEquals(before, study.eResource().getURI(), "a failed save must not move the study to the new file");

        Path saved = temp.resolve("saved.hyperlora");
        StudyFiles.save(study, saved);
        assertEquals(saved.toAbsolutePath().toString(), study.eResource().getURI().toFileString());
        assertEquals(example("burgers"), Files.readString(saved, StandardCharsets.UTF_8));
    }

    @Test
    void loadingAFileAgainReadsItAfresh() throws Exception {
        Path file = write("again.hyperlora", example("convection"));
        ResourceSet resources = StudyFiles.newResourceSet();
        Study first = StudyFiles.load(file, resources);
        Files.writeString(file, example("convection").replace("name=\"beta\" description=\"convection speed\" lower=\"1.0\"",
                "name=\"beta\" description=\"convection speed\" lower=\"2.0\""), StandardCharsets.UTF_8);
        Study second = StudyFiles.load(file, resources);
        assertEquals(2.0, second.getFamily().getParameters().get(0).getLower());
        assertEquals(1, resources.getResources().size(), "the stale copy is replaced, not kept beside the new one");
        assertTrue(first != second);
    }
}
