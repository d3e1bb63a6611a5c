package org.hyperlora.model.io;

/**
 * The kinds of files a training links into a study's results ({@code ArtifactLink.kind}): written by the runner,
 * read by the solvers and the workbench. The literal is what the study file holds.
 */
public enum ArtifactKind {
    /** The trained HyperLoRA surrogate ({@code .hlora}). */
    SURROGATE("surrogate"),
    /** The base PINN at the reference value ({@code .hlnet}). */
    BASE_NETWORK("base-network");

    private final String literal;

    ArtifactKind(String literal) {
        this.literal = literal;
    }

    /** The kind as a study file writes it. */
    public String literal() {
        return literal;
    }

    /** Whether a link's kind, as read from a file, is this kind. */
    public boolean is(String kind) {
        return literal.equals(kind);
    }
}
