package org.hyperlora.model.mapping;

import org.eclipse.emf.common.util.Diagnostic;

/** A study cannot be turned into an engine configuration; {@link #diagnostic()} holds the validator's problems. */
public class StudyMappingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public StudyMappingException(String message, Diagnostic diagnostic) {
        super(message);
        this.diagnostic = diagnostic;
    }

    public StudyMappingException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostic = null;
    }

    /** The validation result, or null when the failure came from the engine. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
