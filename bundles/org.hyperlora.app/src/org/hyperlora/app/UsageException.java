package org.hyperlora.app;

/** Bad usage or input: the command prints the message and exits with {@link HyperloraApplication#EXIT_USAGE}. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
