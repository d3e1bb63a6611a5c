package org.hyperlora.engine.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The artifact file format, version {@value #CURRENT_VERSION}: the specification another implementation
 * needs to read and write artifacts, and the constants this one uses.
 *
 * <h2>Layout</h2>
 * All integers are little-endian and signed two's complement; offsets count bytes from the start of the file.
 * <pre>
 * offset  size  content
 *      0     6  magic 48 4C 4F 52 41 00, i.e. "HLORA\0"
 *      6     1  byte order of every number in the file: 4C ('L', little-endian); no other value is defined
 *      7     1  00 (reserved)
 *      8     4  format version V (int32), 1 for this specification
 *     12     4  header length H (int32), in bytes
 *     16     8  data offset D (int64): a multiple of 8, &ge; 40 + H (writers use the smallest)
 *     24     8  file length N (int64), the whole artifact including the trailing checksum
 *     32     4  00 00 00 00 (reserved)
 *     36     4  CRC-32C (Castagnoli) of bytes 0..35 (uint32)
 *     40     H  header: UTF-8 JSON text (RFC 8259), described below
 *   40+H        zero bytes up to D (fewer than 8 when D is the smallest choice)
 *      D        tensor data, described below
 *   N-32    32  SHA-256 of bytes 0..N-33
 * </pre>
 * The 40-byte preamble keeps this layout in every future version, so that any reader can tell a newer
 * version from a damaged file. Its own CRC is there so that a flipped bit in the version or in a length is
 * reported as damage, not as "newer version" or "truncated", and before any length is trusted for an
 * allocation.
 * <p>
 * The file checksum is SHA-256 rather than CRC-32C: at these sizes its cost is small (about 10 ms for a
 * million doubles, measured next to 20-50 ms for the whole write or read), it leaves no practical chance of
 * undetected damage however large the file, and it doubles as a content fingerprint that standard tools reproduce
 * ({@code head -c -32 model.hlora | sha256sum} equals {@code tail -c 32 model.hlora | xxd -p -c 32}), so a
 * workflow can record exactly which trained network produced a result.
 *
 * <h2>Header</h2>
 * One JSON object with three members, in any order; readers ignore members they do not know, so a writer of
 * the same version may add informative members, but anything that changes how bytes are interpreted needs a
 * new version:
 * <pre>
 * {
 *   "kind": "pinn",
 *   "metadata": {
 *     "activation": "tanh",
 *     "layers": "[2,20,20,1]",
 *     "residual.0": "u_t + u*u_x - nu*u_xx"
 *   },
 *   "tensors": [
 *     {"name": "layer0.weight", "dtype": "float64", "shape": [2, 20], "offset": 0, "length": 320},
 *     {"name": "layer0.bias", "dtype": "float64", "shape": [20], "offset": 320, "length": 160}
 *   ]
 * }
 * </pre>
 * <ul>
 * <li>{@code kind}: a non-empty string saying what the artifact holds, e.g. {@code "pinn"},
 * {@code "hyperlora"}, {@code "checkpoint"}.</li>
 * <li>{@code metadata}: an object whose values are all strings; member order is kept, keys are unique and
 * may be any string. Structured values are encoded as text, see {@link Artifact.Builder}: integers and
 * booleans as Java/JSON literals, doubles as {@link Double#toString(double)} (which round-trips exactly and
 * spells non-finite values {@code NaN}, {@code Infinity}, {@code -Infinity}), int and double arrays as
 * {@code [a,b,c]} with the same number spelling, string lists as a JSON array of strings.</li>
 * <li>{@code tensors}: an array, in the order the artifact lists them, of objects with a unique non-empty
 * {@code name}; {@code dtype} {@value #FLOAT64} (IEEE 754 binary64) or {@value #FLOAT32} (binary32);
 * {@code shape}, an array of non-negative int32 extents ({@code []} is a scalar of one element, a zero
 * extent means no elements; at most 2<sup>31</sup>-1 elements); {@code offset} in bytes from D, a multiple
 * of 8; {@code length} in bytes, exactly elements &times; element size. Tensors must lie inside the data
 * section (D .. N-33) and must not overlap.</li>
 * </ul>
 * Writers escape every control character below U+0020 and every unpaired surrogate (which UTF-8 cannot
 * carry) as a JSON six-character escape (backslash, {@code u}, four hex digits), so that any Java string
 * round-trips exactly.
 *
 * <h2>Tensor data</h2>
 * Each tensor is stored at D + offset as its elements in row-major (C) order, little-endian IEEE 754, bit for
 * bit (signed zeros, subnormals, infinities and NaN payloads are kept). This implementation writes tensors
 * in table order, each at the next multiple of 8, and fills gaps with zero bytes; readers accept any
 * non-overlapping placement.
 *
 * <h2>Reading</h2>
 * A reader checks, in this order, and stops at the first failure: the magic; the preamble CRC; the byte
 * order; that V is at most the newest version it knows; that the file is at least N bytes long (and, for a
 * file, not longer); the SHA-256; then the header syntax and the tensor table. Damage is thus always reported
 * as damage, never as a confusing syntax error in a header that was fine when written.
 */
public final class ArtifactFormat {

    /** The first six bytes of every artifact: {@code "HLORA\0"}. */
    private static final byte[] MAGIC = "HLORA\0".getBytes(StandardCharsets.US_ASCII);

    /** The format version this build writes, and the newest one it reads. */
    public static final int CURRENT_VERSION = 1;

    /** The file name extension the workbench uses for artifacts, without the dot. */
    public static final String FILE_EXTENSION = "hlora";

    /** The {@code dtype} of IEEE 754 binary64 tensors. */
    public static final String FLOAT64 = "float64";

    /** The {@code dtype} of IEEE 754 binary32 tensors. */
    public static final String FLOAT32 = "float32";

    /** Size of the fixed preamble before the header. */
    public static final int PREAMBLE_SIZE = 40;

    /** Size of the SHA-256 that ends the file. */
    public static final int CHECKSUM_SIZE = 32;

    /** Alignment of the data section and of every tensor in it, so that 8-byte values can be mapped directly. */
    public static final int ALIGNMENT = 8;

    static final byte LITTLE_ENDIAN_MARKER = 'L';
    static final int VERSION_OFFSET = 8;
    static final int HEADER_LENGTH_OFFSET = 12;
    static final int DATA_OFFSET_OFFSET = 16;
    static final int FILE_LENGTH_OFFSET = 24;
    static final int PREAMBLE_CRC_OFFSET = 36;

    private ArtifactFormat() {
    }

    /** The magic bytes every artifact starts with (a copy). */
    public static byte[] magic() {
        return MAGIC.clone();
    }

    static int magicLength() {
        return MAGIC.length;
    }

    static byte magicByte(int index) {
        return MAGIC[index];
    }

    /** {@code value} rounded up to the next multiple of {@link #ALIGNMENT}. */
    static long align(long value) {
        return (value + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    static MessageDigest newChecksum() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest Javadoc), so this cannot happen.
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }
}
