package org.hyperlora.solver;

/**
 * Whether a solver can serve a study at all, with the reason when not (e.g. "no trained surrogate: train the
 * study first").
 */
public record Applicability(boolean applicable, String reason) {

    public static Applicability yes() {
        return new Applicability(true, "");
    }

    public static Applicability no(String reason) {
        return new Applicability(false, reason);
    }
}
