package org.hyperlora.engine.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged, foreign, truncated and newer files fail with an {@link ArtifactException} that says what is
 * wrong, never with an EOFException, an index error or a confusing header complaint.
 */
class ArtifactDamageTest {

    private static final String CORRUPTED = "checksum mismatch: the file is corrupted";

    /** Small enough to damage at every byte; has metadata, a float32 tensor with padding after it, a float64 one. */
    private static Artifact sample() {
        return Artifact.builder("pinn")
                .put("activation", "tanh")
                .put("residual.0", "u_t + u*u_x - nu*u_xx")
                .float32("bias", new float[] { 0.5f, -1.5f, 3f }, 3)
                .float64("weight", new double[] { 1, -2, Math.PI, Double.MIN_VALUE }, 2, 2)
                .build();
    }

    @Test
    void truncationAtEveryLengthIsReportedAsTruncation() {
        byte[] bytes = ArtifactBytes.of(sample());
        for (int length = 1; length < bytes.length; length++) {
            ArtifactException failure = readFails(ArtifactBytes.prefix(bytes, length));
            String message = failure.getMessage();
            if (length < ArtifactBytes.PREAMBLE_SIZE) {
                assertEquals("file ends after " + length + " bytes, inside the 40-byte preamble", message);
            } else {
                assertEquals("file ends after " + length + " of " + bytes.length + " bytes", message);
            }
        }
    }

    @Test
    void truncatedFilesAreReportedWithTheirPathBeforeAnythingIsParsed(@TempDir Path folder) throws Exception {
        byte[] bytes = ArtifactBytes.of(sample());
        int dataOffset = ArtifactBytes.dataOffset(bytes);
        int[] lengths = { 3, 6, 39, 40, 41, 40 + ArtifactBytes.headerLength(bytes) / 2, dataOffset, dataOffset + 5,
                bytes.length - 33, bytes.length - 32, bytes.length - 1 };
        for (int length : lengths) {
            Path file = folder.resolve("truncated-" + length + ".hlora");
            Files.write(file, ArtifactBytes.prefix(bytes, length));
            ArtifactException failure = assertThrows(ArtifactException.class, () -> Artifact.read(file));
            assertEquals(file, failure.path().orElseThrow());
            assertTrue(failure.getMessage().startsWith(file + ": file ends after " + length), failure.getMessage());
            if (length >= 40) {
                assertTrue(failure.getMessage().endsWith(" of " + bytes.length + " bytes"), failure.getMessage());
            }
        }
    }

    @Test
    void everyFlippedByteIsReportedAsDamage() {
        byte[] bytes = ArtifactBytes.of(sample());
        for (int position = 0; position < bytes.length; position++) {
            String message = readFails(ArtifactBytes.flipped(bytes, position)).getMessage();
            if (position < 6) {
                assertTrue(message.startsWith("not a HyperLoRA artifact: it starts with "), position + ": " + message);
            } else if (position < ArtifactBytes.PREAMBLE_SIZE) {
                assertEquals("preamble checksum mismatch: the file is corrupted", message, "byte " + position);
            } else {
                // Header, padding, data and the checksum itself.
                assertTrue(message.startsWith(CORRUPTED + " (stored SHA-256 "), position + ": " + message);
            }
        }
    }

    @Test
    void flippedBytesInHeaderAndDataOfAFileNameTheFile(@TempDir Path folder) throws Exception {
        byte[] bytes = ArtifactBytes.of(sample());
        int inHeader = ArtifactBytes.headerText(bytes).indexOf("tanh") + ArtifactBytes.PREAMBLE_SIZE;
        int inData = bytes.length - 40;
        for (int position : new int[] { inHeader, inData }) {
            Path file = folder.resolve("flipped-" + position + ".hlora");
            Files.write(file, ArtifactBytes.flipped(bytes, position));
            ArtifactException failure = assertThrows(ArtifactException.class, () -> Artifact.read(file));
            assertTrue(failure.getMessage().startsWith(file + ": " + CORRUPTED), failure.getMessage());
        }
    }

    @Test
    void newerVersionIsReportedAsSuchNotAsDamage(@TempDir Path folder) throws Exception {
        byte[] patched = ArtifactBytes.of(sample());
        ArtifactBytes.littleEndian(patched).putInt(ArtifactBytes.VERSION_OFFSET, 2);
        Path file = folder.resolve("from-the-future.hlora");
        Files.write(file, ArtifactBytes.withChecksumsFixed(patched));

        ArtifactException failure = assertThrows(ArtifactException.class, () -> Artifact.read(file));

        assertEquals("written by a newer version 2 of the artifact format, this build reads up to 1", failure.reason());
        assertEquals(file + ": " + failure.reason(), failure.getMessage());
    }

    @Test
    void newerVersionWinsEvenIfTheRestOfTheLayoutChanged() {
        // A future version may change everything after the preamble; the version check must not depend on it.
        byte[] future = ArtifactBytes.craft(7, "this is not JSON at all", new byte[] { 1, 2, 3 });
        assertEquals("written by a newer version 7 of the artifact format, this build reads up to 1",
                readFails(future).getMessage());
    }

    @Test
    void versionZeroIsInvalid() {
        byte[] patched = ArtifactBytes.of(sample());
        ArtifactBytes.littleEndian(patched).putInt(ArtifactBytes.VERSION_OFFSET, 0);
        assertEquals("invalid format version 0", readFails(ArtifactBytes.withChecksumsFixed(patched)).getMessage());
    }

    @Test
    void bigEndianMarkerIsRefused() {
        byte[] patched = ArtifactBytes.of(sample());
        patched[6] = 'B';
        assertEquals("unsupported byte order marker \"B\" (42); this build reads little-endian ('L') artifacts",
                readFails(ArtifactBytes.withChecksumsFixed(patched)).getMessage());
    }

    @Test
    void foreignFilesAreNotArtifacts(@TempDir Path folder) throws Exception {
        Path empty = write(folder, "empty.hlora", new byte[0]);
        Path text = write(folder, "notes.hlora", "activation=tanh\nlayers=2,20,1\n".getBytes(StandardCharsets.UTF_8));
        Path png = write(folder, "picture.hlora", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
        Path almost = write(folder, "almost.hlora", "HLORA is a great name\n".getBytes(StandardCharsets.US_ASCII));

        assertEquals(empty + ": not a HyperLoRA artifact: the file is empty", readFails(empty).getMessage());
        assertEquals(text + ": not a HyperLoRA artifact: it starts with \"activati\" (61 63 74 69 76 61 74 69)"
                + " where an artifact starts with \"HLORA\\0\" (48 4C 4F 52 41 00)", readFails(text).getMessage());
        assertEquals(png + ": not a HyperLoRA artifact: it starts with \"\\x89PNG\\r\\n\\x1a\\n\" (89 50 4E 47 0D 0A 1A 0A)"
                + " where an artifact starts with \"HLORA\\0\" (48 4C 4F 52 41 00)", readFails(png).getMessage());
        assertTrue(readFails(almost).getMessage().startsWith(almost + ": not a HyperLoRA artifact: it starts with \"HLORA is\""));
    }

    @Test
    void missingFilesAndFoldersGiveAReadableMessage(@TempDir Path folder) {
        Path missing = folder.resolve("missing.hlora");
        assertEquals(missing + ": cannot read artifact: no such file or folder", readFails(missing).getMessage());
        assertEquals(folder + ": is a folder, not an artifact file", readFails(folder).getMessage());
    }

    @Test
    void dataAfterTheEndOfAnArtifactFileIsRefused(@TempDir Path folder) throws Exception {
        byte[] bytes = ArtifactBytes.of(sample());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 5);
        Path file = write(folder, "longer.hlora", longer);
        assertEquals(file + ": file has " + longer.length + " bytes but the artifact ends after " + bytes.length
                + "; the rest is not part of it", readFails(file).getMessage());
    }

    // ------------------------------------------------------- headers with valid checksums but wrong content

    private static final String WEIGHT = "{\"name\": \"w\", \"dtype\": \"float64\", \"shape\": [2], \"offset\": 0, \"length\": 16}";

    private static String header(String metadata, String tensors) {
        return "{\n  \"kind\": \"pinn\",\n  \"metadata\": {" + metadata + "},\n  \"tensors\": [" + tensors + "]\n}\n";
    }

    private static String headerProblem(String header) {
        return readFails(ArtifactBytes.craft(1, header, ArtifactBytes.float64Data(1, 2))).getMessage();
    }

    @Test
    void validHeaderIsAccepted() throws Exception {
        Artifact read = ArtifactBytes.read(ArtifactBytes.craft(1, header("\"a\": \"b\"", WEIGHT), ArtifactBytes.float64Data(1, 2)));
        assertEquals("b", read.getString("a"));
    }

    @Test
    void malformedHeaderSaysWhereAndWhatWasExpected() {
        // Line 3 is '  "metadata": {"a": "b" "c": "d"},'; the unexpected "c" starts at column 25.
        String broken = header("\"a\": \"b\" \"c\": \"d\"", WEIGHT);
        int offsetInHeader = broken.indexOf("\"c\"");
        assertEquals("malformed header at file offset " + (40 + offsetInHeader)
                + " (header line 3, column 25): expected ',' or '}' after the value of \"a\" but found '\"'",
                headerProblem(broken));
        // Multi-byte characters before the error count as their UTF-8 bytes in the file offset.
        String afterGreek = header("\"ν\": \"π\",", WEIGHT);
        int bytesBefore = afterGreek.substring(0, afterGreek.indexOf('}')).getBytes(StandardCharsets.UTF_8).length;
        assertEquals("malformed header at file offset " + (40 + bytesBefore)
                + " (header line 3, column 25): expected a member name in double quotes but found '}'",
                headerProblem(afterGreek));
        assertEquals("malformed header at file offset 41 (header line 1, column 2): expected a member name in double"
                + " quotes but found the end of the text", headerProblem("{"));
        assertTrue(headerProblem(header("\"raw\": \"new\nline\"", WEIGHT)).contains(
                "expected an escape such as \\n instead of the raw control character U+000A in a string"));
    }

    @Test
    void headerStructureIsChecked() {
        assertEquals("invalid header: tensor 'w' has unknown dtype \"bfloat16\" (this build reads [float64, float32])",
                headerProblem(header("", WEIGHT.replace("float64", "bfloat16"))));
        assertEquals("invalid header: tensor 'w' (float64, shape [2]) needs 16 bytes but the table says 12",
                headerProblem(header("", WEIGHT.replace("\"length\": 16", "\"length\": 12"))));
        assertEquals("invalid header: tensor 'w' (float64, shape [3]) needs 24 bytes but the table says 16",
                headerProblem(header("", WEIGHT.replace("[2]", "[3]"))));
        assertEquals("invalid header: duplicate tensor name 'w'",
                headerProblem(header("", WEIGHT + ", " + WEIGHT.replace("\"offset\": 0", "\"offset\": 8")
                        .replace("[2]", "[]").replace("16}", "8}"))));
        assertEquals("invalid header: tensors 'w' (bytes 0..16) and 'v' (bytes 8..16) overlap",
                headerProblem(header("", WEIGHT + ", " + WEIGHT.replace("\"w\"", "\"v\"").replace("\"offset\": 0", "\"offset\": 8")
                        .replace("[2]", "[]").replace("16}", "8}"))));
        assertEquals("invalid header: tensor 'w' occupies data bytes 8..24 but the data section has only 16 bytes",
                headerProblem(header("", WEIGHT.replace("\"offset\": 0", "\"offset\": 8"))));
        assertEquals("invalid header: tensor 'w' starts at offset 4, which is not a multiple of 8",
                headerProblem(header("", WEIGHT.replace("\"offset\": 0", "\"offset\": 4"))));
        assertEquals("invalid header: tensor 'w' shape[0] must be an integer from 0 to 2147483647 but is -2",
                headerProblem(header("", WEIGHT.replace("[2]", "[-2]"))));
        assertEquals("invalid header: tensor 'w' length must be an integer from 0 to 9223372036854775807 but is 1.6e1",
                headerProblem(header("", WEIGHT.replace("\"length\": 16", "\"length\": 1.6e1"))));
        assertTrue(headerProblem(header("\"a\": \"b\", \"a\": \"c\"", WEIGHT)).endsWith(": duplicate key \"a\""));
        assertEquals("invalid header: metadata \"layers\" must be a string but is an array",
                headerProblem(header("\"layers\": [2, 20]", WEIGHT)));
        assertEquals("invalid header: the header has no \"kind\"",
                headerProblem("{\"metadata\": {}, \"tensors\": []}"));
        assertEquals("invalid header: \"kind\" is empty",
                headerProblem("{\"kind\": \"\", \"metadata\": {}, \"tensors\": []}"));
        assertEquals("invalid header: the header must be an object but is an array", headerProblem("[]"));
        assertEquals("invalid header: tensors[0] has an empty name",
                headerProblem(header("", WEIGHT.replace("\"w\"", "\"\""))));
    }

    @Test
    void headerThatIsNotUtf8IsReportedWithItsOffset() {
        byte[] latin1 = "{\"kind\": \"caf\u00e9\", \"metadata\": {}, \"tensors\": []}".getBytes(StandardCharsets.ISO_8859_1);
        int badByte = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('\u00e9');
        assertEquals("malformed header: invalid UTF-8 at file offset " + (40 + badByte),
                readFails(ArtifactBytes.craft(1, latin1, new byte[0])).getMessage());
    }

    @Test
    void damagedFileWithBrokenHeaderIsReportedAsDamageNotAsSyntax() {
        // Corruption that happens to break the JSON must still read as corruption.
        byte[] bytes = ArtifactBytes.of(sample());
        int brace = ArtifactBytes.PREAMBLE_SIZE + ArtifactBytes.headerText(bytes).indexOf("\"kind\"");
        byte[] damaged = bytes.clone();
        damaged[brace] = '?';
        assertTrue(readFails(damaged).getMessage().startsWith(CORRUPTED));
    }

    private static Path write(Path folder, String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static ArtifactException readFails(byte[] bytes) {
        try {
            Artifact artifact = ArtifactBytes.read(bytes);
            return fail("expected a failure but read " + artifact);
        } catch (ArtifactException expected) {
            return expected;
        } catch (RuntimeException leaked) {
            throw new AssertionError("leaked " + leaked, leaked);
        }
    }

    private static ArtifactException readFails(Path file) {
        return assertThrows(ArtifactException.class, () -> Artifact.read(file));
    }
}
