package org.hyperlora.engine.geometry;

import java.util.List;

/**
 * Several faces addressed by one name, the part {@value Domain#BOUNDARY} (all spatial faces of the box).
 * Points on it are spread over the faces in proportion to their {@linkplain BoundaryFace#measure() measure};
 * each point's outward normal is that of the face it lies on. Immutable.
 */
public final class BoundaryUnion implements BoundaryPart {

    private final Domain domain;
    private final String name;
    private final List<BoundaryFace> faces;

    BoundaryUnion(Domain domain, String name, List<BoundaryFace> faces) {
        this.domain = domain;
        this.name = name;
        this.faces = List.copyOf(faces);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Domain domain() {
        return domain;
    }

    @Override
    public List<BoundaryFace> faces() {
        return faces;
    }

    @Override
    public double measure() {
        double total = 0;
        for (BoundaryFace face : faces) {
            total += face.measure();
        }
        return total;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name).append(" [");
        for (int i = 0; i < faces.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(faces.get(i).name());
        }
        return text.append("]").toString();
    }
}
