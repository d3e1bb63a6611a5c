package org.hyperlora.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hyperlora.engine.io.AtomicFiles;

/**
 * Reading and writing one-root XMI files the way the workbench's files need it (studies, workflows): all or nothing
 * with messages naming the file, line, column and problem in the user's terms; diff-friendly, atomic writes.
 */
public final class XmiFiles {

    /** What a file should hold, for messages: e.g. "study", root element "hyperlora:Study" in namespace ... */
    public record Kind(String noun, String rootElement, String namespace, Class<? extends EObject> rootType,
            Resource.Factory factory) {
    }

    /** A file could not be read or written; the message is complete (file, position, reason). */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private XmiFiles() {
    }

    /**
     * Reads the file's one root object into the resource set; a stale resource of the same file is replaced, and
     * nothing stays in the set when reading fails.
     */
    public static <T extends EObject> T load(Path file, ResourceSet resources, Kind kind) throws Failure {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new Failure(absolute + ": no such " + kind.noun() + " file", null);
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource existing = resources.getResource(uri, false);
        if (existing != null) {
            // read afresh: a stale copy of the same file must not shadow the new one
            existing.unload();
            resources.getResources().remove(existing);
        }
        // always this kind's factory: the file must not be read as whatever another registration says
        Resource resource = kind.factory().createResource(uri);
        resources.getResources().add(resource);
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            List<String> problems = describe(resource.getErrors(), kind);
            resources.getResources().remove(resource);
            throw new Failure(absolute + " is not a readable " + kind.noun() + ": "
                    + (problems.isEmpty() ? messageOf(e) : String.join("; ", problems)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            List<String> problems = describe(resource.getErrors(), kind);
            resources.getResources().remove(resource);
            throw new Failure(absolute + " is not a valid " + kind.noun() + " file: " + String.join("; ", problems),
                    null);
        }
        if (resource.getContents().size() != 1 || !kind.rootType().isInstance(resource.getContents().get(0))) {
            String found = resource.getContents().isEmpty() ? "nothing"
                    : (resource.getContents().size() == 1 ? "a " : resource.getContents().size()
                            + " root objects, the first a ") + resource.getContents().get(0).eClass().getName()
                            + " (namespace " + resource.getContents().get(0).eClass().getEPackage().getNsURI() + ")";
            resources.getResources().remove(resource);
            throw new Failure(absolute + " is not a HyperLoRA " + kind.noun() + ": it holds " + found + " where one "
                    + kind.rootElement() + " (namespace " + kind.namespace() + ") was expected", null);
        }
        return kind.rootType().isInstance(resource.getContents().get(0)) ? cast(resource.getContents().get(0)) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends EObject> T cast(EObject object) {
        return (T) object;
    }

    /**
     * Writes the root (moved into a new resource of the kind if it has none) atomically; the old file stays as it
     * was if anything fails, and the resource takes the file's URI only once it is written.
     */
    public static void save(EObject root, Path file, Kind kind, ResourceSet newResources) throws Failure {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = root.eResource();
        if (resource == null) {
            resource = kind.factory().createResource(uri);
            newResources.getResources().add(resource);
            resource.getContents().add(root);
        }
        Resource saved = resource;
        try {
            AtomicFiles.write(absolute, out -> saved.save(out, saveOptions()));
        } catch (IOException | RuntimeException e) {
            throw new Failure(absolute + ": cannot write the " + kind.noun() + ": " + messageOf(e), e);
        }
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
    }

    /** A copy of the root as the bytes its file would hold (the root itself stays where it is). */
    public static byte[] bytes(EObject root, Kind kind) throws Failure {
        Resource resource = kind.factory().createResource(URI.createURI("memory:/" + kind.noun()));
        resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(root));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            resource.save(out, saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new Failure("cannot write the " + kind.noun() + ": " + messageOf(e), e);
        }
        return out.toByteArray();
    }

    /**
     * The root of a file's bytes that came from elsewhere ({@code origin} names where, for messages), in a resource
     * of its own with the URI {@code uri} (what relative file names in it are resolved against).
     */
    public static <T extends EObject> T fromBytes(byte[] bytes, String origin, URI uri, Kind kind) throws Failure {
        Resource resource = kind.factory().createResource(uri);
        try {
            resource.load(new java.io.ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException e) {
            List<String> problems = describe(resource.getErrors(), kind);
            throw new Failure(origin + " is not a readable " + kind.noun() + ": "
                    + (problems.isEmpty() ? messageOf(e) : String.join("; ", problems)), e);
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1
                || !kind.rootType().isInstance(resource.getContents().get(0))) {
            List<String> problems = describe(resource.getErrors(), kind);
            throw new Failure(origin + " is not a valid " + kind.noun() + (problems.isEmpty() ? ""
                    : ": " + String.join("; ", problems)), null);
        }
        return cast(resource.getContents().get(0));
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

    private static List<String> describe(List<Resource.Diagnostic> errors, Kind kind) {
        List<String> lines = new ArrayList<>();
        boolean foreign = false;
        for (Resource.Diagnostic error : errors) {
            String where = error.getLine() > 0 ? "line " + error.getLine() + ", column " + error.getColumn() + ": " : "";
            String message = plain(error.getMessage());
            // EMF names packages and classes when the root is foreign; say it in the user's terms (once)
            foreign |= message.startsWith("Package with uri") || message.startsWith("Class '");
            lines.add(where + message);
        }
        if (foreign) {
            lines.add("this is not a HyperLoRA " + kind.noun() + ": expected the root element " + kind.rootElement()
                    + " in namespace " + kind.namespace());
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

    /** The innermost cause's message. */
    public static String messageOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
