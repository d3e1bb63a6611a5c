package org.hyperlora.model.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
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

    /** Reads a study file into a given resource set (e.g. an editor's). */
    public static Study load(Path file, ResourceSet resources) throws StudyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new StudyFileException(absolute + ": no such study file");
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource existing = resources.getResource(uri, false);
        if (existing != null) {
            // read afresh: a stale copy of the same file must not shadow the new one
            existing.unload();
            resources.getResources().remove(existing);
        }
        Resource resource = resources.createResource(uri);
        if (resource == null) {
            resource = new HyperloraResourceFactoryImpl().createResource(uri);
            resources.getResources().add(resource);
        }
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            List<String> problems = describe(resource.getErrors());
            resources.getResources().remove(resource);
            throw new StudyFileException(absolute + " is not a readable study: "
                    + (problems.isEmpty() ? messageOf(e) : String.join("; ", problems)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            List<String> problems = describe(resource.getErrors());
            resources.getResources().remove(resource);
            throw new StudyFileException(absolute + " is not a valid study file: " + String.join("; ", problems));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Study)) {
            String found = resource.getContents().isEmpty() ? "nothing"
                    : resource.getContents().size() + " root objects, the first a "
                            + resource.getContents().get(0).eClass().getName();
            resources.getResources().remove(resource);
            throw new StudyFileException(absolute + " is not a study: it holds " + found
                    + " where one study (" + HyperloraPackage.eNS_URI + ") was expected");
        }
        return (Study) resource.getContents().get(0);
    }

    /**
     * Writes a study to a file (the study is moved into a resource for that file if it has none). The old file
     * stays as it was if anything fails; the resource takes the file's URI only once it is written.
     */
    public static void save(Study study, Path file) throws StudyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = study.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(study);
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        try {
            Files.createDirectories(absolute.getParent());
            try (var out = Files.newOutputStream(temporary)) {
                resource.save(out, saveOptions());
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original file is untouched either way
            }
            throw new StudyFileException(absolute + ": cannot write the study: " + messageOf(e), e);
        }
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
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

    /** An empty diagnostic to add to. */
    public static BasicDiagnostic newDiagnostic(String message) {
        return new BasicDiagnostic("org.hyperlora.model", 0, message, new Object[0]);
    }

    /** The object a problem is about (the first datum), or null. */
    public static EObject objectOf(Diagnostic problem) {
        return problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject object) ? null : object;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        // every attribute written, defaults too: a reader should not need the metamodel to know x's upper end
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
        return options;
    }

    private static List<String> describe(List<Resource.Diagnostic> errors) {
        List<String> lines = new ArrayList<>();
        boolean foreign = false;
        for (Resource.Diagnostic error : errors) {
            String where = error.getLine() > 0 ? "line " + error.getLine() + ", column " + error.getColumn() + ": "
                    : "";
            String message = plain(error.getMessage());
            // EMF names packages and classes when the root is foreign; say it in the user's terms (once)
            foreign |= message.startsWith("Package with uri") || message.startsWith("Class '");
            lines.add(where + message);
        }
        if (foreign) {
            lines.add("this is not a HyperLoRA study: expected the root element hyperlora:Study in namespace "
                    + HyperloraPackage.eNS_URI);
        }
        return lines;
    }

    private static String plain(String raw) {
        if (raw == null) {
            return "unknown problem";
        }
        // the position is already in front ("line L, column C: "); drop EMF's "(file:..., L, C)" and SAX's prefix
        String message = raw.replaceFirst("\\s*\\((?:file|platform|archive):[^()]*, ?\\d+, ?\\d+\\)$", "");
        if (message.startsWith("org.xml.sax.SAXParseException")) {
            message = message.replaceFirst("^org\\.xml\\.sax\\.SAXParseException.*?columnNumber: ?\\d+; ?", "");
            return "not well-formed XML: " + message;
        }
        return message;
    }

    private static String messageOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
