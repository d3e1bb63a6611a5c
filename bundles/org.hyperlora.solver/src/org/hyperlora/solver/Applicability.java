package org.hyperlora.solver;

/**
 * Whether a solver can serve a study at all, with the reason when not (e.g. "no trained surrogate: train the
 * study first"). A {@code problem} is a reason the user should hear about when another solver answers instead:
 * something is wrong (a damaged or out-of-date surrogate), not merely absent.
 */
public record Applicability(boolean applicable, String reason, boolean problem) {

    public static Applicability yes() {
        return new Applicability(true, "", false);
    }

    public static Applicability no(String reason) {
        return new Applicability(false, reason, false);
    }

    /** Not applicable because something is wrong that the user should know of. */
    public static Applicability problem(String reason) {
        return new Applicability(false, reason, true);
    }
}
