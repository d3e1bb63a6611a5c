package org.hyperlora.solver;

import java.nio.file.Path;
import java.util.Optional;

import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;

/**
 * A study as solvers see it: the model and where its file is (artifact paths are relative to it). The engine
 * configuration is mapped once, on first use.
 */
public final class StudyContext {

    private final Study study;
    private final Path studyFile;
    /** The mapping (or why it failed) of the model as it is now; any change to the model clears it. */
    private StudySetup engineStudy;
    private StudyMappingException mappingFailure;
    private final org.eclipse.emf.ecore.util.EContentAdapter changeListener;

    /**
     * @param study     the study model
     * @param studyFile the study's file, or null for a study only in memory (then relative artifact paths cannot
     *                  be resolved)
     */
    public StudyContext(Study study, Path studyFile) {
        if (study == null) {
            throw new IllegalArgumentException("a study is needed");
        }
        this.study = study;
        this.studyFile = studyFile != null ? studyFile.toAbsolutePath().normalize() : fileOf(study);
        // an editor's live model changes under us: map again after any change
        changeListener = new org.eclipse.emf.ecore.util.EContentAdapter() {
            @Override
            public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    forgetMapping();
                }
            }
        };
        study.eAdapters().add(changeListener);
    }

    /**
     * Stops following the model's changes (a view showing an editor's study calls this when it moves on, so that the
     * live model does not keep the context); the mapping then stays as it was last computed.
     */
    public void dispose() {
        study.eAdapters().remove(changeListener);
    }

    /** The file of the study's resource, when it has one. */
    private static Path fileOf(Study study) {
        if (study.eResource() == null || study.eResource().getURI() == null || !study.eResource().getURI().isFile()) {
            return null;
        }
        return Path.of(study.eResource().getURI().toFileString()).toAbsolutePath().normalize();
    }

    private synchronized void forgetMapping() {
        engineStudy = null;
        mappingFailure = null;
    }

    /** Reads a study file. */
    public static StudyContext load(Path file) throws StudyFileException {
        return new StudyContext(StudyFiles.load(file), file);
    }

    public Study study() {
        return study;
    }

    public Optional<Path> studyFile() {
        return Optional.ofNullable(studyFile);
    }

    /** A short name for messages: the study's name and file. */
    public String label() {
        return "study '" + study.getName() + "'" + (studyFile == null ? "" : " (" + studyFile + ")");
    }

    /** The engine configuration, mapped on first use and again after the model changed. */
    public synchronized StudySetup engineStudy() throws StudyMappingException {
        if (mappingFailure != null) {
            throw mappingFailure;
        }
        if (engineStudy == null) {
            try {
                engineStudy = StudyMapping.toEngine(study);
            } catch (StudyMappingException e) {
                mappingFailure = e;
                throw e;
            }
        }
        return engineStudy;
    }

    /** A path relative to the study file (absolute paths as they are); empty when it cannot be resolved. */
    public Optional<Path> resolve(String path) {
        return ArtifactKind.resolve(studyFile, path);
    }

    /** The newest artifact link of a kind in the study's results (see {@link ArtifactKind#newestIn}). */
    public Optional<ArtifactLink> artifact(ArtifactKind kind) {
        return kind.newestIn(study);
    }
}
