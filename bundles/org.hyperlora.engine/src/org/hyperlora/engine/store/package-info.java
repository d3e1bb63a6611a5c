/**
 * Saving and loading what training produces: trained networks ({@code "pinn"} artifacts) and resumable
 * training checkpoints ({@code "checkpoint"} artifacts), on top of the dependency-free artifact container
 * of {@link org.hyperlora.engine.io}. {@link org.hyperlora.engine.store.NetworkArtifacts} does the work;
 * {@link org.hyperlora.engine.store.ArtifactKeys} names every metadata key and tensor, so that tools outside
 * the workbench can read the files from the keys alone.
 * <p>
 * Kept apart from {@code org.hyperlora.engine.io} so that the container stays plain Java without ND4J:
 * this package needs the network ({@link org.hyperlora.engine.nn.Mlp}) and the training types.
 */
package org.hyperlora.engine.store;
