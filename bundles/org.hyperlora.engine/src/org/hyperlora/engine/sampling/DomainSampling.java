package org.hyperlora.engine.sampling;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.BoundaryPart;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.PeriodicPair;

/**
 * Collocation points for a PINN: interior points of a {@link Domain}, points on a {@link BoundaryPart}, and
 * matched pairs for periodic conditions, with any {@link Sampler}. Deterministic given the seed.
 * <p>
 * On the union part {@code boundary} the points are spread over the faces in proportion to the faces'
 * measures ({@link #countsByMeasure}), and each face is sampled with its own seed drawn in face order from
 * the given seed, so that faces do not repeat each other's pattern. A face of a one-dimensional domain is a
 * single point; it receives as many copies of that point as it is asked for, whatever the sampler.
 */
public final class DomainSampling {

    private DomainSampling() {
    }

    /**
     * {@code count} points in the domain (about {@code count} for the grid sampler, whose per-axis counts
     * follow the side lengths).
     */
    public static double[] interior(Domain domain, int count, Sampler sampler, long seed) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(sampler, "sampler");
        return domain.mapFromUnitCube(sampler.sampleUnitCubeForBox(count, domain.sideLengths(), seed));
    }

    /**
     * The cell-centred grid with the given number of points per coordinate (see {@link GridSampler}).
     *
     * @param countsPerAxis one count per coordinate of the domain
     */
    public static double[] interiorGrid(Domain domain, int... countsPerAxis) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(countsPerAxis, "countsPerAxis");
        if (countsPerAxis.length != domain.dimension()) {
            throw new IllegalArgumentException("a grid on " + domain.describe() + " needs " + domain.dimension()
                    + " per-axis counts, got " + Arrays.toString(countsPerAxis));
        }
        return domain.mapFromUnitCube(GridSampler.grid(countsPerAxis));
    }

    /**
     * {@code count} points on the part (about {@code count} for the grid sampler); on a union part spread over
     * its faces by measure.
     *
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public static BoundaryPoints boundary(BoundaryPart part, int count, Sampler sampler, long seed) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(sampler, "sampler");
        if (count < 1) {
            throw new IllegalArgumentException("boundary part " + part.name()
                    + ": the number of points must be at least 1, got " + count);
        }
        List<BoundaryFace> faces = part.faces();
        int[] counts = countsByMeasure(faces, count);
        SplittableRandom faceSeeds = new SplittableRandom(seed);
        double[][] perFace = new double[faces.size()][];
        int[] offsets = new int[faces.size() + 1];
        int dimension = part.domain().dimension();
        for (int f = 0; f < faces.size(); f++) {
            // A single face uses the seed itself, so sampling "left" and the pair (left, right) agree.
            long faceSeed = faces.size() == 1 ? seed : faceSeeds.nextLong();
            perFace[f] = counts[f] == 0 ? new double[0] : sampleFace(faces.get(f), counts[f], sampler, faceSeed);
            offsets[f + 1] = offsets[f] + perFace[f].length / dimension;
        }
        double[] points = new double[offsets[faces.size()] * dimension];
        for (int f = 0; f < faces.size(); f++) {
            System.arraycopy(perFace[f], 0, points, offsets[f] * dimension, perFace[f].length);
        }
        return new BoundaryPoints(part, points, offsets);
    }

    /**
     * {@code count} matched pairs (about {@code count} for the grid sampler) on the two faces of a periodic
     * coordinate; both faces are mapped from the same unit samples.
     */
    public static PeriodicPoints periodic(PeriodicPair pair, int count, Sampler sampler, long seed) {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(sampler, "sampler");
        if (count < 1) {
            throw new IllegalArgumentException(pair + ": the number of point pairs must be at least 1, got " + count);
        }
        BoundaryFace min = pair.minFace();
        double[] unit;
        int actual;
        if (min.faceDimension() == 0) {
            unit = new double[0];
            actual = count;
        } else {
            unit = sampler.sampleUnitCubeForBox(count, min.freeSideLengths(), seed);
            actual = unit.length / min.faceDimension();
        }
        return new PeriodicPoints(pair, pair.mapFromUnitCube(unit, actual, false), pair.mapFromUnitCube(unit, actual, true));
    }

    /**
     * Splits {@code count} points over faces in proportion to their measures by the largest-remainder method
     * (ties to the earlier face). When {@code count} is at least the number of faces, every face gets at
     * least one point, taken from the face that most exceeds its exact share.
     */
    public static int[] countsByMeasure(List<BoundaryFace> faces, int count) {
        Objects.requireNonNull(faces, "faces");
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("no faces to distribute points over");
        }
        if (count < 0) {
            throw new IllegalArgumentException("the number of points must not be negative, got " + count);
        }
        int faceCount = faces.size();
        double totalMeasure = 0;
        for (BoundaryFace face : faces) {
            totalMeasure += face.measure();
        }
        double[] share = new double[faceCount];
        int[] counts = new int[faceCount];
        int assigned = 0;
        for (int f = 0; f < faceCount; f++) {
            share[f] = count * (faces.get(f).measure() / totalMeasure);
            counts[f] = (int) Math.floor(share[f]);
            assigned += counts[f];
        }
        while (assigned < count) {
            int best = 0;
            double bestRemainder = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < faceCount; f++) {
                double remainder = share[f] - counts[f];
                if (remainder > bestRemainder) {
                    bestRemainder = remainder;
                    best = f;
                }
            }
            counts[best]++;
            assigned++;
        }
        if (count >= faceCount) {
            for (int empty = 0; empty < faceCount; empty++) {
                if (counts[empty] > 0) {
                    continue;
                }
                int donor = -1;
                double largestExcess = Double.NEGATIVE_INFINITY;
                for (int f = 0; f < faceCount; f++) {
                    if (counts[f] > 1 && counts[f] - share[f] > largestExcess) {
                        largestExcess = counts[f] - share[f];
                        donor = f;
                    }
                }
                counts[donor]--;
                counts[empty]++;
            }
        }
        return counts;
    }

    private static double[] sampleFace(BoundaryFace face, int count, Sampler sampler, long seed) {
        if (face.faceDimension() == 0) {
            return face.mapFromUnitCube(new double[0], count);
        }
        double[] unit = sampler.sampleUnitCubeForBox(count, face.freeSideLengths(), seed);
        return face.mapFromUnitCube(unit, unit.length / face.faceDimension());
    }
}
