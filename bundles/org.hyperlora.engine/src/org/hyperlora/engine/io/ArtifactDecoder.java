package org.hyperlora.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Reads and verifies an artifact in one pass: tensor data is decoded straight into the final arrays while
 * the checksum is computed, so a large artifact is never held as bytes as well. Problems are checked in the
 * order {@link ArtifactFormat} specifies; header problems found before the checksum is known are held back
 * until it is, so that damage is reported as damage.
 */
final class ArtifactDecoder {

    /** Bytes read and converted at a time; a multiple of 8 so that no element straddles two chunks. */
    private static final int CHUNK_SIZE = 1 << 16;

    private final InputStream in;
    private final Path path;
    /** Size of the file, or -1 for a stream whose end is found only by reading. */
    private final long availableBytes;
    private final MessageDigest checksum = ArtifactFormat.newChecksum();
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private final ByteBuffer chunkBuffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
    /** Bytes consumed so far. */
    private long position;
    /** The file length the preamble declares, once read. */
    private long declaredLength;

    private ArtifactDecoder(InputStream in, Path path, long availableBytes) {
        this.in = in;
        this.path = path;
        this.availableBytes = availableBytes;
    }

    static Artifact read(Path file) throws ArtifactException {
        if (Files.isDirectory(file)) {
            throw new ArtifactException(file, "is a folder, not an artifact file");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return new ArtifactDecoder(Channels.newInputStream(channel), file, channel.size()).decode();
        } catch (ArtifactException e) {
            throw e;
        } catch (IOException e) {
            throw new ArtifactException(file, "cannot read artifact: " + AtomicFiles.describe(e, file), e);
        }
    }

    static Artifact read(InputStream in) throws ArtifactException {
        try {
            return new ArtifactDecoder(in, null, -1).decode();
        } catch (ArtifactException e) {
            throw e;
        } catch (IOException e) {
            throw new ArtifactException(null, "cannot read artifact: " + AtomicFiles.describe(e, null), e);
        }
    }

    private Artifact decode() throws IOException {
        byte[] preamble = new byte[ArtifactFormat.PREAMBLE_SIZE];
        int count = in.readNBytes(preamble, 0, preamble.length);
        position = count;
        checkMagic(preamble, count);
        if (count < preamble.length) {
            throw problem("file ends after " + count + " bytes, inside the " + preamble.length + "-byte preamble");
        }
        ByteBuffer fields = ByteBuffer.wrap(preamble).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(preamble, 0, ArtifactFormat.PREAMBLE_CRC_OFFSET);
        if ((int) crc.getValue() != fields.getInt(ArtifactFormat.PREAMBLE_CRC_OFFSET)) {
            throw problem("preamble checksum mismatch: the file is corrupted");
        }
        byte byteOrder = preamble[ArtifactFormat.magicLength()];
        if (byteOrder != ArtifactFormat.LITTLE_ENDIAN_MARKER) {
            throw problem("unsupported byte order marker " + describeBytes(preamble, ArtifactFormat.magicLength(), 1)
                    + "; this build reads little-endian ('L') artifacts");
        }
        int version = fields.getInt(ArtifactFormat.VERSION_OFFSET);
        if (version > ArtifactFormat.CURRENT_VERSION) {
            throw problem("written by a newer version " + version + " of the artifact format, this build reads up to "
                    + ArtifactFormat.CURRENT_VERSION);
        }
        if (version < 1) {
            throw problem("invalid format version " + version);
        }
        int headerLength = fields.getInt(ArtifactFormat.HEADER_LENGTH_OFFSET);
        long dataOffset = fields.getLong(ArtifactFormat.DATA_OFFSET_OFFSET);
        declaredLength = fields.getLong(ArtifactFormat.FILE_LENGTH_OFFSET);
        if (declaredLength < ArtifactFormat.PREAMBLE_SIZE + ArtifactFormat.CHECKSUM_SIZE
                || headerLength < 0 || dataOffset < ArtifactFormat.PREAMBLE_SIZE + (long) headerLength
                || dataOffset % ArtifactFormat.ALIGNMENT != 0
                || dataOffset > declaredLength - ArtifactFormat.CHECKSUM_SIZE) {
            throw problem("inconsistent preamble: header length " + headerLength + ", data offset " + dataOffset
                    + ", file length " + declaredLength);
        }
        if (availableBytes >= 0 && availableBytes < declaredLength) {
            throw truncated(availableBytes);
        }
        if (availableBytes > declaredLength) {
            throw problem("file has " + availableBytes + " bytes but the artifact ends after " + declaredLength
                    + "; the rest is not part of it");
        }
        checksum.update(preamble);

        byte[] headerBytes = in.readNBytes(headerLength);
        position += headerBytes.length;
        if (headerBytes.length < headerLength) {
            throw truncated(position);
        }
        checksum.update(headerBytes);
        skip(dataOffset - position);

        long dataLength = declaredLength - ArtifactFormat.CHECKSUM_SIZE - dataOffset;
        Header header = null;
        ArtifactException invalidHeader = null;
        try {
            header = Header.parse(headerBytes, ArtifactFormat.PREAMBLE_SIZE, dataLength);
        } catch (Header.InvalidHeaderException e) {
            invalidHeader = problem(e.getMessage());
        }
        Map<String, Tensor> tensorsByName = new HashMap<>();
        if (header != null) {
            List<Header.TensorEntry> byOffset = new ArrayList<>(header.tensors);
            byOffset.sort(Comparator.comparingLong(Header.TensorEntry::offset));
            for (Header.TensorEntry entry : byOffset) {
                skip(dataOffset + entry.offset() - position);
                tensorsByName.put(entry.name(), readTensor(entry));
            }
        }
        skip(declaredLength - ArtifactFormat.CHECKSUM_SIZE - position);

        byte[] stored = in.readNBytes(ArtifactFormat.CHECKSUM_SIZE);
        position += stored.length;
        if (stored.length < ArtifactFormat.CHECKSUM_SIZE) {
            throw truncated(position);
        }
        byte[] computed = checksum.digest();
        HexFormat hex = HexFormat.of();
        if (!MessageDigest.isEqual(stored, computed)) {
            throw problem("checksum mismatch: the file is corrupted (stored SHA-256 " + hex.formatHex(stored)
                    + ", computed " + hex.formatHex(computed) + ")");
        }
        if (invalidHeader != null) {
            throw invalidHeader;
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Header.TensorEntry entry : header.tensors) {
            tensors.put(entry.name(), tensorsByName.get(entry.name()));
        }
        return new Artifact(header.kind, header.metadata, tensors, path, hex.formatHex(stored));
    }

    private Tensor readTensor(Header.TensorEntry entry) throws IOException {
        int count = (int) (entry.length() / entry.type().bytesPerElement());
        if (entry.type() == TensorType.FLOAT64) {
            double[] values = new double[count];
            int perChunk = CHUNK_SIZE / Double.BYTES;
            for (int from = 0; from < count; from += perChunk) {
                int length = Math.min(perChunk, count - from);
                readChunk(length * Double.BYTES);
                chunkBuffer.clear();
                chunkBuffer.asDoubleBuffer().get(values, from, length);
            }
            return Tensor.adoptFloat64(values, entry.shape());
        }
        float[] values = new float[count];
        int perChunk = CHUNK_SIZE / Float.BYTES;
        for (int from = 0; from < count; from += perChunk) {
            int length = Math.min(perChunk, count - from);
            readChunk(length * Float.BYTES);
            chunkBuffer.clear();
            chunkBuffer.asFloatBuffer().get(values, from, length);
        }
        return Tensor.adoptFloat32(values, entry.shape());
    }

    /** Reads and checksums bytes that carry no tensor: padding, or everything after an invalid header. */
    private void skip(long count) throws IOException {
        while (count > 0) {
            int length = (int) Math.min(CHUNK_SIZE, count);
            readChunk(length);
            count -= length;
        }
    }

    private void readChunk(int length) throws IOException {
        int count = in.readNBytes(chunk, 0, length);
        position += count;
        if (count < length) {
            throw truncated(position);
        }
        checksum.update(chunk, 0, length);
    }

    private void checkMagic(byte[] bytes, int count) throws ArtifactException {
        if (count == 0) {
            throw problem("not a HyperLoRA artifact: the file is empty");
        }
        int magicLength = ArtifactFormat.magicLength();
        for (int i = 0; i < Math.min(count, magicLength); i++) {
            if (bytes[i] != ArtifactFormat.magicByte(i)) {
                throw problem("not a HyperLoRA artifact: it starts with " + describeBytes(bytes, 0, Math.min(count, 8))
                        + " where an artifact starts with " + describeBytes(ArtifactFormat.magic(), 0, magicLength));
            }
        }
    }

    private ArtifactException truncated(long available) {
        return problem("file ends after " + available + " of " + declaredLength + " bytes");
    }

    private ArtifactException problem(String reason) {
        return new ArtifactException(path, reason);
    }

    /** E.g. {@code "\x89PNG\r\n" (89 50 4E 47 0D 0A)}: readable for text, exact for binary. */
    static String describeBytes(byte[] bytes, int from, int count) {
        StringBuilder text = new StringBuilder("\"");
        StringBuilder hex = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case 0 -> text.append("\\0");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '"', '\\' -> text.append('\\').append((char) b);
                default -> text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
            }
            hex.append(i == from ? "" : " ").append(String.format("%02X", b));
        }
        return text.append("\" (").append(hex).append(')').toString();
    }
}
