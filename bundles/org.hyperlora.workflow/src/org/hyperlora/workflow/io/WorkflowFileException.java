package org.hyperlora.workflow.io;

import java.io.IOException;

/** A workflow file could not be read or written; the message names the file and what is wrong (with line and column when known). */
public class WorkflowFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public WorkflowFileException(String message) {
        super(message);
    }

    public WorkflowFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
