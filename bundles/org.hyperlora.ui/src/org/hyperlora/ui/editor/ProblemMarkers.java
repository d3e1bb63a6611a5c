package org.hyperlora.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.model.io.StudyFiles;

/**
 * The validator's problems of a study in the workspace as markers in the Problems view: one per problem, with its
 * severity, message, the object it is about (as location) and that object's URI fragment, so that opening the marker
 * selects the object in the editor. Markers are replaced as a whole on every validation, off the UI thread.
 */
public final class ProblemMarkers {

    /** The job family of the marker updates (to wait for them, as for any job family). */
    public static final Object FAMILY = ProblemMarkers.class;

    /** The marker type (a problem marker, not persisted: the study is validated again when opened). */
    static final String TYPE = "org.hyperlora.ui.problem";
    /** The URI fragment of the object a marker is about. */
    static final String OBJECT = "org.hyperlora.object";
    /** The validator's problem code. */
    static final String CODE = "org.hyperlora.code";

    private ProblemMarkers() {
    }

    /** Replaces the file's markers by these problems (in a workspace job holding the file's marker rule). */
    static WorkspaceJob update(IFile file, List<Diagnostic> problems) {
        return replace(file, TYPE, new String[] {IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LOCATION, OBJECT, CODE},
                problems.stream().map(ProblemMarkers::attributes).toList());
    }

    /**
     * Replaces the file's markers of a type by new ones, each with the given attributes (values in the order of the
     * keys), in a workspace job holding the file's marker rule: the study's and the workflow's problems.
     */
    public static WorkspaceJob replace(IFile file, String type, String[] keys, List<Object[]> markers) {
        WorkspaceJob job = new WorkspaceJob("Problem markers of " + file.getName()) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(type, false, IResource.DEPTH_ZERO);
                for (Object[] attributes : markers) {
                    IMarker marker = file.createMarker(type);
                    marker.setAttributes(keys, attributes);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private static Object[] attributes(Diagnostic problem) {
        int severity = problem.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                : problem.getSeverity() == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
        EObject object = StudyFiles.objectOf(problem);
        return new Object[] {severity, problem.getMessage(), location(problem), object == null ? ""
                : EcoreUtil.getURI(object).fragment(), problem.getCode()};
    }

    /** "parameter nu, upper" for a problem about a parameter's upper bound. */
    static String location(Diagnostic problem) {
        EObject object = StudyFiles.objectOf(problem);
        if (object == null) {
            return "study";
        }
        StringBuilder location = new StringBuilder(object.eClass().getName().toLowerCase(java.util.Locale.ROOT));
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        if (name != null && object.eGet(name) != null) {
            location.append(' ').append(object.eGet(name));
        }
        if (problem.getData().size() > 1 && problem.getData().get(1) instanceof EStructuralFeature feature) {
            location.append(", ").append(feature.getName());
        }
        return location.toString();
    }
}
