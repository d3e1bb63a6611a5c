package org.hyperlora.workflow.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowPackage;
import org.hyperlora.workflow.util.WorkflowResourceFactoryImpl;

/**
 * Reads and writes {@code .hlflow} workflow files (XMI). Reading is all or nothing: a file that is not XML, not a
 * workflow (a study, another EMF model) or has content the model does not know is refused with a message naming the
 * file, the line and column, and the problem; a half-loaded workflow is never returned. Writing spells out every
 * attribute, wraps long lines, and is atomic (a temporary file moved over the old one).
 */
public final class WorkflowFiles {

    /** The file extension of workflow files, without the dot. */
    public static final String EXTENSION = "hlflow";

    private WorkflowFiles() {
    }

    /** A resource set that reads and writes workflows, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(WorkflowPackage.eNS_URI, WorkflowPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new WorkflowResourceFactoryImpl());
        return resources;
    }

    /** Reads a workflow file. */
    public static Workflow load(Path file) throws WorkflowFileException {
        return load(file, newResourceSet());
    }

    /** Reads a workflow file into a given resource set (e.g. an editor's); a stale copy of the same file is replaced. */
    public static Workflow load(Path file, ResourceSet resources) throws WorkflowFileException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new WorkflowFileException(absolute + ": no such workflow file");
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource existing = resources.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            resources.getResources().remove(existing);
        }
        // always the workflow factory: a .hlflow file must not be read as whatever another registration says
        Resource resource = new WorkflowResourceFactoryImpl().createResource(uri);
        resources.getResources().add(resource);
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            List<String> problems = describe(resource.getErrors());
            resources.getResources().remove(resource);
            throw new WorkflowFileException(absolute + " is not a readable workflow: "
                    + (problems.isEmpty() ? messageOf(e) : String.join("; ", problems)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            List<String> problems = describe(resource.getErrors());
            resources.getResources().remove(resource);
            throw new WorkflowFileException(absolute + " is not a valid workflow file: " + String.join("; ", problems));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Workflow)) {
            String found = resource.getContents().isEmpty() ? "nothing"
                    : (resource.getContents().size() == 1 ? "a " : resource.getContents().size() + " root objects, the first a ")
                            + resource.getContents().get(0).eClass().getName() + " (namespace "
                            + resource.getContents().get(0).eClass().getEPackage().getNsURI() + ")";
            resources.getResources().remove(resource);
            throw new WorkflowFileException(absolute + " is not a HyperLoRA workflow: it holds " + found
                    + " where one workflow:Workflow (namespace " + WorkflowPackage.eNS_URI + ") was expected");
        }
        return (Workflow) resource.getContents().get(0);
    }

    /**
     * Writes a workflow to a file (the workflow is moved into a resource for that file if it has none). The old file
     * stays as it was if anything fails.
     */
    public static void save(Workflow workflow, Path file) throws WorkflowFileException {
        Path absolute = file.toAbsolutePath().normalize();
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = workflow.eResource();
        if (resource == null) {
            resource = new WorkflowResourceFactoryImpl().createResource(uri);
            newResourceSet().getResources().add(resource);
            resource.getContents().add(workflow);
        }
        Resource target = resource;
        try {
            AtomicFiles.write(absolute, out -> target.save(out, saveOptions()));
        } catch (IOException | RuntimeException e) {
            throw new WorkflowFileException(absolute + ": cannot write the workflow: " + messageOf(e), e);
        }
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
        return options;
    }

    private static List<String> describe(List<Resource.Diagnostic> errors) {
        List<String> lines = new ArrayList<>();
        boolean foreign = false;
        for (Resource.Diagnostic error : errors) {
            String where = error.getLine() > 0 ? "line " + error.getLine() + ", column " + error.getColumn() + ": " : "";
            String message = plain(error.getMessage());
            foreign |= message.startsWith("Package with uri") || message.startsWith("Class '");
            lines.add(where + message);
        }
        if (foreign) {
            lines.add("this is not a HyperLoRA workflow: expected the root element workflow:Workflow in namespace "
                    + WorkflowPackage.eNS_URI);
        }
        return lines;
    }

    private static String plain(String raw) {
        if (raw == null) {
            return "unknown problem";
        }
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
