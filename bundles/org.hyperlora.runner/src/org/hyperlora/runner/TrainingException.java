package org.hyperlora.runner;

/** A training could not run or failed; the message names the study and the reason. */
public class TrainingException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
