package org.hyperlora.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Study;
import org.hyperlora.model.util.HyperloraResourceFactoryImpl;

/**
 * Reads, writes and validates {@code .hyperlora} study files (XMI). Reading is all or nothing: a file that is not
 * XML, not a study, or has content the model does not know is refused with a message naming the file, the line
 * and column, and the problem; a half-loaded model is never returned. Writing is diff-friendly: references by name,
 * one attribute group per line when long, UTF-8, and atomic (a temporary file moved over the old one).
 */
public final class StudyFiles {

    /** The file extension of study files, without the dot. */
    public static final String EXTENSION = "hyperlora";

    private static final XmiFiles.Kind KIND = new XmiFiles.Kind("study", "hyperlora:Study", HyperloraPackage.eNS_URI,
            Study.class, new HyperloraResourceFactoryImpl());

    private StudyFiles() {
    }

    /** A resource set that reads and writes studies, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(HyperloraPackage.eNS_URI, HyperloraPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
                new HyperloraResourceFactoryImpl());
        return resources;
    }

    /** Reads a study file. */
    public static Study load(Path file) throws StudyFileException {
        return load(file, newResourceSet());
    }

    /** Reads a study file into a given resource set (e.g. an editor's); a stale copy of the same file is replaced. */
    public static Study load(Path file, ResourceSet resources) throws StudyFileException {
        try {
            return XmiFiles.load(file, resources, KIND);
        } catch (XmiFiles.Failure e) {
            throw new StudyFileException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Writes a study to a file (the study is moved into a resource for that file if it has none). The old file
     * stays as it was if anything fails; the resource takes the file's URI only once it is written.
     */
    public static void save(Study study, Path file) throws StudyFileException {
        try {
            XmiFiles.save(study, file, KIND, newResourceSet());
        } catch (XmiFiles.Failure e) {
            throw new StudyFileException(e.getMessage(), e.getCause());
        }
    }

    /** The study as its file's bytes (to send a study elsewhere, e.g. to the members of a cluster). */
    public static byte[] toBytes(Study study) throws StudyFileException {
        try {
            return XmiFiles.bytes(study, KIND);
        } catch (XmiFiles.Failure e) {
            throw new StudyFileException(e.getMessage(), e.getCause());
        }
    }

    /**
     * A study from its file's bytes, as if read from {@code file} (what relative names in it are resolved
     * against); {@code origin} says where the bytes came from, for messages.
     */
    public static Study fromBytes(byte[] bytes, String origin, Path file) throws StudyFileException {
        try {
            Study study = XmiFiles.fromBytes(bytes, origin, org.eclipse.emf.common.util.URI.createFileURI(file
                    .toAbsolutePath().normalize().toString()), KIND);
            newResourceSet().getResources().add(study.eResource());
            return study;
        } catch (XmiFiles.Failure e) {
            throw new StudyFileException(e.getMessage(), e.getCause());
        }
    }

    /** Runs the study validator (EMF's {@link Diagnostician} with the model's constraints) on the whole study. */
    public static Diagnostic validate(Study study) {
        return Diagnostician.INSTANCE.validate(study);
    }

    /** The diagnostics of a validation flattened to their leaves (one per problem), errors first. */
    public static List<Diagnostic> problems(Diagnostic diagnostic) {
        List<Diagnostic> leaves = new ArrayList<>();
        collect(diagnostic, leaves);
        leaves.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
        return leaves;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                leaves.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, leaves);
        }
    }

    /** One line per problem, e.g. {@code ERROR 12 equation 1: residual 'u_t + w', line 1, column 7: unknown ...}. */
    public static String format(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic problem : problems(diagnostic)) {
            text.append(severityName(problem.getSeverity())).append(' ').append(problem.getCode()).append(' ')
                    .append(problem.getMessage()).append('\n');
        }
        return text.toString();
    }

    public static String severityName(int severity) {
        return switch (severity) {
        case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR";
        case Diagnostic.WARNING -> "WARNING";
        case Diagnostic.INFO -> "INFO";
        default -> "OK";
        };
    }

    /** The object a problem is about (the first datum), or null. */
    public static EObject objectOf(Diagnostic problem) {
        return problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject object) ? null : object;
    }
}
