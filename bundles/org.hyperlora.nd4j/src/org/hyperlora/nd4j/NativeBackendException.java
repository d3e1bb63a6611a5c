package org.hyperlora.nd4j;

/** ND4J's native backend is unavailable; the message names the platform and what is missing. */
public class NativeBackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NativeBackendException(String message) {
        super(message);
    }

    public NativeBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
