/**
 * Artifacts: the files in which the engine saves trained networks, hypernetworks with their base network
 * and LoRA layout, and training checkpoints.
 * <p>
 * An {@link org.hyperlora.engine.io.Artifact} is a kind, ordered string metadata with typed accessors, and
 * named float64/float32 {@linkplain org.hyperlora.engine.io.Tensor tensors}. The file format, specified in
 * {@link org.hyperlora.engine.io.ArtifactFormat}, is versioned, self-describing (a readable JSON header
 * followed by raw little-endian data) and checksummed with SHA-256; no Java serialization is involved.
 * Writing is atomic ({@link org.hyperlora.engine.io.AtomicFiles}); reading reports every kind of damage as
 * an {@link org.hyperlora.engine.io.ArtifactException} that says what was found, e.g. "not a HyperLoRA
 * artifact", "file ends after K of N bytes", "checksum mismatch: the file is corrupted", or "written by a
 * newer version 2 of the artifact format, this build reads up to 1".
 * <p>
 * Plain Java with no dependencies, so artifacts can be read by tools outside the workbench.
 */
package org.hyperlora.engine.io;
