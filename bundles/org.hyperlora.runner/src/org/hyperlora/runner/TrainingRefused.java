package org.hyperlora.runner;

/**
 * A training refused before it began, for what the user gave it: an invalid study, or an output folder that holds
 * another study's training. Nothing was trained or written.
 */
public final class TrainingRefused extends TrainingException {

    private static final long serialVersionUID = 1L;

    public TrainingRefused(String message) {
        super(message);
    }

    public TrainingRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
