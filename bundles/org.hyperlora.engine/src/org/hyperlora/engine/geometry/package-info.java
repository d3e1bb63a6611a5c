/**
 * Where a PINN's points live: an axis-aligned {@link org.hyperlora.engine.geometry.Domain} over named
 * coordinates (an interval, a rectangle, a space-time box, up to four coordinates) and the named parts of
 * its boundary on which conditions hold.
 *
 * <h2>Boundary part names</h2>
 * Every face of the box is a {@link org.hyperlora.engine.geometry.BoundaryFace}. For a spatial coordinate
 * {@code c} the faces {@code c_min} and {@code c_max} always exist; coordinates named {@code x}, {@code y}
 * and {@code z} also answer to {@code left}/{@code right}, {@code bottom}/{@code top} and
 * {@code back}/{@code front}. The time coordinate contributes only its {@code initial} face (also
 * {@code t_min}): the final-time face is not a boundary of an evolution problem. The part
 * {@code boundary} is all spatial faces together. Opposite spatial faces form a
 * {@link org.hyperlora.engine.geometry.PeriodicPair}.
 *
 * <h2>Use</h2>
 * <pre>
 * Domain burgers = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
 * BoundaryPart walls = burgers.boundaryPart("boundary");   // left and right, area-weighted
 * BoundaryFace start = burgers.face("initial");            // t = 0
 * double[] onStart = start.mapFromUnitCube(unitSamples, n); // n points, t exactly 0
 * </pre>
 * Points are flat row-major {@code double[]} (count x dimension), in the domain's coordinate order.
 * Sampling lives in {@code org.hyperlora.engine.sampling}.
 */
package org.hyperlora.engine.geometry;
