package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.assertOnlyProblems;
import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.Results;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.tests.Studies;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artifact links in a study's results: a kind and a path are required; a missing file, or a surrogate that does not
 * read as one, is a warning.
 */
class ResultsValidationTest {

    private static ArtifactLink link(Study study, String kind, String path) {
        if (study.getResults() == null) {
            study.setResults(HyperloraFactory.eINSTANCE.createResults());
        }
        Results results = study.getResults();
        ArtifactLink link = HyperloraFactory.eINSTANCE.createArtifactLink();
        link.setKind(kind);
        link.setPath(path);
        results.getArtifacts().add(link);
        return link;
    }

    @Test
    void aLinkToAnExistingFileIsValidButASurrogateMustReadAsOne(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("burgers.hyperlora");
        Files.copy(Studies.example("burgers"), file);
        Study study = StudyFiles.load(file);
        Files.writeString(folder.resolve("base.hlnet"), "x");
        link(study, "base-network", "base.hlnet");
        assertEquals(Diagnostic.OK, StudyFiles.validate(study).getSeverity());

        Files.writeString(folder.resolve("surrogate.hlora"), "x");
        ArtifactLink surrogate = link(study, "surrogate", "surrogate.hlora");
        Diagnostic damaged = assertProblem(study, StudyProblem.SURROGATE_DAMAGED, surrogate, "the trained surrogate "
                + folder.resolve("surrogate.hlora") + " is damaged or not a surrogate", "train the study again");
        assertEquals(Diagnostic.WARNING, damaged.getSeverity(), "the study itself is fine: solvers pass it over");
        assertOnlyProblems(study, StudyProblem.SURROGATE_DAMAGED);
    }

    @Test
    void aLinkWithoutKindOrPathIsAnError() {
        Study study = Studies.load("burgers");
        ArtifactLink noKind = link(study, null, "surrogate.hlora");
        assertProblem(study, StudyProblem.BAD_ARTIFACT_LINK, noKind, "has no kind");
        noKind.setKind("surrogate");
        ArtifactLink noPath = link(study, "report", " ");
        Diagnostic problem = assertProblem(study, StudyProblem.BAD_ARTIFACT_LINK, noPath, "artifact link 'report'",
                "has no path");
        assertEquals(Diagnostic.ERROR, problem.getSeverity());
    }

    @Test
    void aLinkToAMissingFileIsAWarningNamingTheFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("burgers.hyperlora");
        Files.copy(Studies.example("burgers"), file);
        Study study = StudyFiles.load(file);
        ArtifactLink gone = link(study, "surrogate", "trained/gone.hlora");
        Diagnostic problem = assertProblem(study, StudyProblem.MISSING_ARTIFACT, gone,
                folder.resolve("trained/gone.hlora").toString(), "does not exist");
        assertEquals(Diagnostic.WARNING, problem.getSeverity());
        assertOnlyProblems(study, StudyProblem.MISSING_ARTIFACT);
    }
}
