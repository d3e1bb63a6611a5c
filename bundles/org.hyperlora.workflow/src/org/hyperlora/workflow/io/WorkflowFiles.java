package org.hyperlora.workflow.io;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.hyperlora.model.io.XmiFiles;
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

    /** Loading and saving as the study files do (one helper for both: messages, options, atomic writes). */
    private static final XmiFiles.Kind KIND = new XmiFiles.Kind("workflow", "workflow:Workflow",
            WorkflowPackage.eNS_URI, Workflow.class, new WorkflowResourceFactoryImpl());

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
        try {
            return XmiFiles.load(file, resources, KIND);
        } catch (XmiFiles.Failure e) {
            throw new WorkflowFileException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Writes a workflow to a file (the workflow is moved into a resource for that file if it has none). The old file
     * stays as it was if anything fails.
     */
    public static void save(Workflow workflow, Path file) throws WorkflowFileException {
        try {
            XmiFiles.save(workflow, file, KIND, newResourceSet());
        } catch (XmiFiles.Failure e) {
            throw new WorkflowFileException(e.getMessage(), e.getCause());
        }
    }
}
