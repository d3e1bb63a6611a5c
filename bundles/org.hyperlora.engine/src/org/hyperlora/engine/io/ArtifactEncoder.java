package org.hyperlora.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes an {@link Artifact} in the {@link ArtifactFormat} layout, streaming tensor data through one
 * reusable buffer so that large tensors are neither copied into a byte array nor held twice.
 */
final class ArtifactEncoder {

    /** Bytes converted and written at a time; a multiple of 8 so that no element straddles two chunks. */
    private static final int CHUNK_SIZE = 1 << 16;

    private final OutputStream out;
    private final MessageDigest checksum = ArtifactFormat.newChecksum();
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private final ByteBuffer chunkBuffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);

    private ArtifactEncoder(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code artifact} and returns its SHA-256 in lower-case hex. */
    static String write(Artifact artifact, OutputStream out) throws IOException {
        return new ArtifactEncoder(out).encode(artifact);
    }

    private String encode(Artifact artifact) throws IOException {
        List<Header.TensorEntry> table = new ArrayList<>();
        long dataLength = 0;
        for (Map.Entry<String, Tensor> named : artifact.tensors().entrySet()) {
            Tensor tensor = named.getValue();
            long offset = ArtifactFormat.align(dataLength);
            long length = (long) tensor.size() * tensor.type().bytesPerElement();
            table.add(new Header.TensorEntry(named.getKey(), tensor.type(), tensor.shape(), offset, length));
            dataLength = offset + length;
        }
        // Lossless: Json escapes every unpaired surrogate, the only chars UTF-8 cannot encode.
        byte[] header = new Header(artifact.kind(), artifact.metadata(), table).toJson().getBytes(StandardCharsets.UTF_8);
        long dataOffset = ArtifactFormat.align(ArtifactFormat.PREAMBLE_SIZE + (long) header.length);
        long fileLength = dataOffset + dataLength + ArtifactFormat.CHECKSUM_SIZE;
        if (dataOffset > Integer.MAX_VALUE - ArtifactFormat.ALIGNMENT) {
            throw new ArtifactException(null, "the header takes " + header.length
                    + " bytes; metadata this large belongs in tensors");
        }

        byte[] start = new byte[(int) dataOffset];
        ByteBuffer preamble = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
        preamble.put(ArtifactFormat.magic())
                .put(ArtifactFormat.LITTLE_ENDIAN_MARKER)
                .put((byte) 0)
                .putInt(ArtifactFormat.CURRENT_VERSION)
                .putInt(header.length)
                .putLong(dataOffset)
                .putLong(fileLength);
        CRC32C crc = new CRC32C();
        crc.update(start, 0, ArtifactFormat.PREAMBLE_CRC_OFFSET);
        preamble.putInt(ArtifactFormat.PREAMBLE_CRC_OFFSET, (int) crc.getValue());
        System.arraycopy(header, 0, start, ArtifactFormat.PREAMBLE_SIZE, header.length);
        emit(start, start.length);

        long written = 0;
        for (Header.TensorEntry entry : table) {
            writeZeros(entry.offset() - written);
            Tensor tensor = artifact.tensors().get(entry.name());
            if (tensor.type() == TensorType.FLOAT64) {
                writeFloat64(tensor.float64Storage());
            } else {
                writeFloat32(tensor.float32Storage());
            }
            written = entry.end();
        }
        byte[] digest = checksum.digest();
        out.write(digest);
        out.flush();
        return HexFormat.of().formatHex(digest);
    }

    private void writeFloat64(double[] values) throws IOException {
        int perChunk = CHUNK_SIZE / Double.BYTES;
        for (int from = 0; from < values.length; from += perChunk) {
            int count = Math.min(perChunk, values.length - from);
            chunkBuffer.clear();
            // A bulk put into a little-endian view keeps every bit, NaN payloads included.
            chunkBuffer.asDoubleBuffer().put(values, from, count);
            emit(chunk, count * Double.BYTES);
        }
    }

    private void writeFloat32(float[] values) throws IOException {
        int perChunk = CHUNK_SIZE / Float.BYTES;
        for (int from = 0; from < values.length; from += perChunk) {
            int count = Math.min(perChunk, values.length - from);
            chunkBuffer.clear();
            chunkBuffer.asFloatBuffer().put(values, from, count);
            emit(chunk, count * Float.BYTES);
        }
    }

    private void writeZeros(long count) throws IOException {
        // Gaps are alignment padding, always shorter than 8 bytes.
        byte[] zeros = new byte[(int) count];
        emit(zeros, zeros.length);
    }

    private void emit(byte[] bytes, int length) throws IOException {
        checksum.update(bytes, 0, length);
        out.write(bytes, 0, length);
    }
}
