package org.hyperlora.solver;

/**
 * Whether a solver answers for a parameter vector within what it was built for. Outside, a solver may still
 * answer (a surrogate extrapolates), but callers should say so or pick another solver.
 *
 * @param inside  true within the validity range
 * @param message why not (names the parameter and the range), or a short note when inside
 */
public record Validity(boolean inside, String message) {

    public static Validity within() {
        return new Validity(true, "");
    }

    public static Validity outside(String message) {
        return new Validity(false, message);
    }
}
