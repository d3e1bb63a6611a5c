package org.hyperlora.engine.tests.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32C;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;

/**
 * Artifact files as bytes, built and patched from the layout documented in {@code ArtifactFormat} alone
 * (offsets written out here on purpose), so that the tests also check the specification against the code.
 */
final class ArtifactBytes {

    static final int VERSION_OFFSET = 8;
    static final int HEADER_LENGTH_OFFSET = 12;
    static final int DATA_OFFSET_OFFSET = 16;
    static final int FILE_LENGTH_OFFSET = 24;
    static final int PREAMBLE_CRC_OFFSET = 36;
    static final int PREAMBLE_SIZE = 40;
    static final int CHECKSUM_SIZE = 32;

    private ArtifactBytes() {
    }

    static byte[] of(Artifact artifact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            artifact.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Artifact read(byte[] bytes) throws ArtifactException {
        return Artifact.read(new ByteArrayInputStream(bytes));
    }

    /** A complete artifact from a header text and a data section, following the documented layout. */
    static byte[] craft(int version, String headerJson, byte[] data) {
        byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
        return craft(version, header, data);
    }

    static byte[] craft(int version, byte[] header, byte[] data) {
        int dataOffset = (PREAMBLE_SIZE + header.length + 7) / 8 * 8;
        int fileLength = dataOffset + data.length + CHECKSUM_SIZE;
        ByteBuffer file = ByteBuffer.allocate(fileLength).order(ByteOrder.LITTLE_ENDIAN);
        file.put("HLORA\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 'L').put((byte) 0)
                .putInt(version).putInt(header.length).putLong(dataOffset).putLong(fileLength);
        file.position(PREAMBLE_SIZE);
        file.put(header);
        file.position(dataOffset);
        file.put(data);
        return withChecksumsFixed(file.array());
    }

    /** Recomputes the preamble CRC-32C and the trailing SHA-256 after a deliberate patch. */
    static byte[] withChecksumsFixed(byte[] bytes) {
        byte[] fixed = bytes.clone();
        CRC32C crc = new CRC32C();
        crc.update(fixed, 0, PREAMBLE_CRC_OFFSET);
        littleEndian(fixed).putInt(PREAMBLE_CRC_OFFSET, (int) crc.getValue());
        byte[] sha = sha256(fixed, fixed.length - CHECKSUM_SIZE);
        System.arraycopy(sha, 0, fixed, fixed.length - CHECKSUM_SIZE, CHECKSUM_SIZE);
        return fixed;
    }

    static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static ByteBuffer littleEndian(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static int headerLength(byte[] bytes) {
        return littleEndian(bytes).getInt(HEADER_LENGTH_OFFSET);
    }

    static int dataOffset(byte[] bytes) {
        return (int) littleEndian(bytes).getLong(DATA_OFFSET_OFFSET);
    }

    static String headerText(byte[] bytes) {
        return new String(bytes, PREAMBLE_SIZE, headerLength(bytes), StandardCharsets.UTF_8);
    }

    static byte[] flipped(byte[] bytes, int position) {
        byte[] damaged = bytes.clone();
        damaged[position] ^= 0x10;
        return damaged;
    }

    static byte[] prefix(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    /** Little-endian float64 values, as the data section stores them. */
    static byte[] float64Data(double... values) {
        ByteBuffer data = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            data.putDouble(value);
        }
        return data.array();
    }
}
