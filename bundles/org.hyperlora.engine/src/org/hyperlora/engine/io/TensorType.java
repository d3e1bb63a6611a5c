package org.hyperlora.engine.io;

import java.util.Optional;

/** How the elements of a {@link Tensor} are stored: IEEE 754 binary64 or binary32, little-endian. */
public enum TensorType {
    FLOAT64(ArtifactFormat.FLOAT64, Double.BYTES),
    FLOAT32(ArtifactFormat.FLOAT32, Float.BYTES);

    private final String label;
    private final int bytesPerElement;

    TensorType(String label, int bytesPerElement) {
        this.label = label;
        this.bytesPerElement = bytesPerElement;
    }

    /** The {@code dtype} written in the artifact header, e.g. {@code "float64"}. */
    public String label() {
        return label;
    }

    /** Bytes one element takes in the file and in memory. */
    public int bytesPerElement() {
        return bytesPerElement;
    }

    /** The type whose {@link #label()} is {@code label}, if there is one. */
    public static Optional<TensorType> fromLabel(String label) {
        for (TensorType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
