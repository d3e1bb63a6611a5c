package org.hyperlora.model.io;

import java.io.IOException;

/** A study file could not be read or written; the message names the file and what is wrong (with line and column when known). */
public class StudyFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public StudyFileException(String message) {
        super(message);
    }

    public StudyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
