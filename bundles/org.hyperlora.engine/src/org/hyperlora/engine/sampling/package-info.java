/**
 * Point sampling for PINN training: {@link org.hyperlora.engine.sampling.Sampler}s of the unit cube (uniform,
 * Latin hypercube, scrambled Sobol', scrambled Halton, cell-centred grid; by name through
 * {@link org.hyperlora.engine.sampling.SamplerKind}), {@link org.hyperlora.engine.sampling.DomainSampling} to
 * place them in a domain, on a boundary part (area-weighted on the union part) or as periodic pairs, and
 * {@link org.hyperlora.engine.sampling.ResidualAdaptiveRefinement} (RAR, RAR-D) to add points where the
 * residual is large. Everything is deterministic given a seed; points are flat row-major {@code double[]}.
 *
 * <h2>Use</h2>
 * <pre>
 * Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
 * Sampler sobol = Sampler.named("sobol");
 * double[] interior = DomainSampling.interior(domain, 4096, sobol, seed);
 * BoundaryPoints walls = DomainSampling.boundary(domain.boundaryPart("boundary"), 256, sobol, seed + 1);
 * BoundaryPoints start = DomainSampling.boundary(domain.boundaryPart("initial"), 256, sobol, seed + 2);
 * // later: evaluate |r| on a dense candidate set and append the worst points
 * double[] candidates = DomainSampling.interior(domain, 100_000, Sampler.named("uniform"), seed + 3);
 * double[] added = ResidualAdaptiveRefinement.largest(64).select(candidates, 2, residuals, seed + 4);
 * interior = PointArrays.concatenate(interior, added);
 * </pre>
 * Quasi-random samplers are most even at powers of two (Sobol') and when the whole sequence is used; a fresh
 * seed per resampling gives independent randomized point sets.
 */
package org.hyperlora.engine.sampling;
