package org.hyperlora.engine.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactFormat;
import org.hyperlora.engine.io.Tensor;
import org.hyperlora.engine.io.TensorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written comes back exactly: awkward strings, typed metadata, special floating-point bits. */
class ArtifactRoundTripTest {

    /** IEEE 754 binary64 edge cases, as raw bits so that NaN payloads are exact in the source too. */
    static final long[] SPECIAL_DOUBLE_BITS = {
            0x0000000000000000L, // +0.0
            0x8000000000000000L, // -0.0
            0x0000000000000001L, // smallest subnormal, Double.MIN_VALUE
            0x800fffffffffffffL, // largest negative subnormal
            0x0010000000000000L, // Double.MIN_NORMAL
            0x7fefffffffffffffL, // Double.MAX_VALUE
            0xffefffffffffffffL, // -Double.MAX_VALUE
            0x7ff0000000000000L, // +Infinity
            0xfff0000000000000L, // -Infinity
            0x7ff8000000000000L, // canonical quiet NaN
            0x7ff8000000000123L, // quiet NaN with a payload
            0xfff8dead0000beefL, // negative quiet NaN with a payload
            0x7ff0000000000001L, // signalling NaN
            0x3fb999999999999aL, // 0.1
            0xc00921fb54442d18L, // -pi
    };

    static final int[] SPECIAL_FLOAT_BITS = {
            0x00000000, 0x80000000, 0x00000001, 0x807fffff, 0x00800000, 0x7f7fffff, 0xff7fffff,
            0x7f800000, 0xff800000, 0x7fc00000, 0x7fc00123, 0xffc0beef, 0x7f800001, 0x3dcccccd, 0xc0490fdb,
    };

    /** Keys and values that break naive key=value, CSV or JSON writers. */
    static Map<String, String> awkwardMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("residual.0", "u_t + u*u_x - nu*u_xx");
        metadata.put("", "the key is empty");
        metadata.put("empty value", "");
        metadata.put("a=b", "x=y=z==");
        metadata.put("multi\nline key", "line 1\nline 2\r\nline 3\rend\n");
        metadata.put("quotes", "\"double\" 'single' \\\" escaped-looking \\n not a newline \\u0041 not an A");
        metadata.put("backslashes", "\\ \\\\ C:\\temp\\new\\");
        metadata.put("greek ν Re", "ν = 0.01/π, Δt ≥ 1e-3, ∂u/∂t");
        metadata.put("emoji", "🌊 wave \uD83D\uDE00 and CJK 流体 and RTL עברית");
        metadata.put("lone surrogates", "\uD800 high, low \uDC00, reversed \uDC00\uD800");
        metadata.put("controls", "\u0000 nul \u0001 \u001f \u007f del \t tab \b \f");
        metadata.put("json-like", "{\"kind\": \"fake\", \"tensors\": [1, 2]}, ]}");
        metadata.put("whitespace", "  leading and trailing  ");
        metadata.put("bom and specials", "\uFEFF\u2028\u2029\uFFFF\uFFFE");
        return metadata;
    }

    @Test
    void metadataWithAwkwardStringsRoundTripsExactlyAndInOrder(@TempDir Path folder) throws Exception {
        Artifact.Builder builder = Artifact.builder("kind with \"quotes\" and\nnewline");
        awkwardMetadata().forEach(builder::put);
        Artifact written = builder.build();
        Path file = folder.resolve("awkward.hlora");
        written.write(file);

        Artifact read = Artifact.read(file);

        assertEquals(written.kind(), read.kind());
        assertEquals(new ArrayList<>(awkwardMetadata().entrySet()), new ArrayList<>(read.metadata().entrySet()));
        assertEquals(written, read);
    }

    @Test
    void typedMetadataRoundTripsExactly() throws Exception {
        double[] specials = doublesFromBits(SPECIAL_DOUBLE_BITS);
        List<String> strings = List.of("x", "", "t,with,commas", "[bracket]", "\"q\"", "ν\n\\");
        Artifact read = ArtifactBytes.read(ArtifactBytes.of(Artifact.builder("pinn")
                .putInt("int.min", Integer.MIN_VALUE)
                .putInt("int.max", Integer.MAX_VALUE)
                .putLong("long.min", Long.MIN_VALUE)
                .putDouble("nu", 0.01 / Math.PI)
                .putDouble("minus zero", -0.0)
                .putDouble("subnormal", Double.MIN_VALUE)
                .putDouble("nan", Double.NaN)
                .putDouble("-inf", Double.NEGATIVE_INFINITY)
                .putBoolean("yes", true)
                .putBoolean("no", false)
                .putStrings("coordinates", strings)
                .putStrings("none", List.of())
                .putInts("layers", 2, 20, 20, -1, Integer.MIN_VALUE)
                .putInts("no layers")
                .putDoubles("specials", specials)
                .build()));

        assertEquals(Integer.MIN_VALUE, read.getInt("int.min"));
        assertEquals(Integer.MAX_VALUE, read.getInt("int.max"));
        assertEquals(Long.MIN_VALUE, read.getLong("long.min"));
        assertEquals(Double.doubleToRawLongBits(0.01 / Math.PI), Double.doubleToRawLongBits(read.getDouble("nu")));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.getDouble("minus zero")));
        assertEquals(Double.MIN_VALUE, read.getDouble("subnormal"));
        assertTrue(Double.isNaN(read.getDouble("nan")));
        assertEquals(Double.NEGATIVE_INFINITY, read.getDouble("-inf"));
        assertTrue(read.getBoolean("yes"));
        assertFalse(read.getBoolean("no"));
        assertEquals(strings, read.getStrings("coordinates"));
        assertEquals(List.of(), read.getStrings("none"));
        assertArrayEquals(new int[] { 2, 20, 20, -1, Integer.MIN_VALUE }, read.getInts("layers"));
        assertArrayEquals(new int[0], read.getInts("no layers"));
        double[] readSpecials = read.getDoubles("specials");
        assertEquals(specials.length, readSpecials.length);
        for (int i = 0; i < specials.length; i++) {
            // Double.toString keeps signs, subnormals and infinities; NaN payloads are not representable as
            // text, so metadata NaNs come back as the canonical NaN (tensors keep payloads, see below).
            if (Double.isNaN(specials[i])) {
                assertTrue(Double.isNaN(readSpecials[i]), "element " + i);
            } else {
                assertEquals(Double.doubleToRawLongBits(specials[i]), Double.doubleToRawLongBits(readSpecials[i]), "element " + i);
            }
        }
        assertEquals("[2,20,20,-1,-2147483648]", read.getString("layers"));
    }

    @Test
    void float64TensorsRoundTripBitForBit(@TempDir Path folder) throws Exception {
        double[] specials = doublesFromBits(SPECIAL_DOUBLE_BITS);
        double[] random = new Random(7).doubles(3 * 5 * 4, -1e300, 1e300).toArray();
        Artifact written = Artifact.builder("pinn")
                .float64("specials", specials, 3, 5)
                .float64("random", random, 3, 5, 4)
                .build();
        Path file = folder.resolve("float64.hlora");
        written.write(file);

        Artifact read = Artifact.read(file);

        Tensor readSpecials = read.tensorOfShape("specials", 3, 5);
        assertEquals(TensorType.FLOAT64, readSpecials.type());
        assertArrayEquals(SPECIAL_DOUBLE_BITS, rawBits(readSpecials.doubles()));
        assertArrayEquals(rawBits(random), rawBits(read.tensorOfShape("random", 3, 5, 4).doubles()));
        assertEquals(written, read);
    }

    @Test
    void float32TensorsRoundTripBitForBitNextToFloat64Ones() throws Exception {
        float[] specials = floatsFromBits(SPECIAL_FLOAT_BITS);
        // 15 and 3 floats leave a tensor end off the 8-byte grid, so the next tensor needs padding.
        float[] odd = { 1.5f, -2.25f, Float.MIN_VALUE };
        double[] after = { Math.PI, -0.0, Double.MIN_VALUE };
        Artifact read = ArtifactBytes.read(ArtifactBytes.of(Artifact.builder("pinn")
                .float32("specials", specials, 15)
                .float32("odd", odd, 3, 1)
                .float64("after", after, 3)
                .build()));

        Tensor readSpecials = read.tensorOfShape("specials", 15);
        assertEquals(TensorType.FLOAT32, readSpecials.type());
        float[] floats = readSpecials.floats();
        for (int i = 0; i < specials.length; i++) {
            assertEquals(SPECIAL_FLOAT_BITS[i], Float.floatToRawIntBits(floats[i]), "element " + i);
        }
        assertArrayEquals(odd, read.tensorOfShape("odd", 3, 1).floats());
        assertArrayEquals(rawBits(after), rawBits(read.tensorOfShape("after", 3).doubles()));
    }

    @Test
    void scalarsEmptyTensorsAndNamesRoundTripInOrder() throws Exception {
        List<String> names = List.of("ζ.weight", "scalar", "empty", "zero rows", "name with \"quote\"\nand newline");
        Artifact written = Artifact.builder("checkpoint")
                .float64(names.get(0), new double[] { 1, 2 }, 2)
                .float64(names.get(1), new double[] { 42 })
                .float32(names.get(2), new float[0], 0)
                .float64(names.get(3), new double[0], 0, 7)
                .float64(names.get(4), new double[] { -1 }, 1, 1, 1)
                .build();

        Artifact read = ArtifactBytes.read(ArtifactBytes.of(written));

        assertEquals(names, read.tensorNames());
        assertEquals(42.0, read.tensorOfShape("scalar").doubles()[0]);
        assertEquals(0, read.tensor("scalar").rank());
        assertEquals(0, read.tensorOfShape("empty", 0).size());
        assertEquals(TensorType.FLOAT32, read.tensor("empty").type());
        assertEquals(0, read.tensorOfShape("zero rows", 0, 7).size());
        assertEquals(written, read);
    }

    @Test
    void streamReadingConsumesExactlyOneArtifact() throws Exception {
        Artifact first = Artifact.builder("pinn").put("which", "first").float64("w", new double[] { 1, 2, 3 }, 3).build();
        Artifact second = Artifact.builder("hyperlora").put("which", "second").float32("w", new float[] { 4 }, 1).build();
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        first.write(both);
        second.write(both);
        both.write("trailer".getBytes(StandardCharsets.US_ASCII));

        InputStream in = new ByteArrayInputStream(both.toByteArray());
        assertEquals(first, Artifact.read(in));
        assertEquals(second, Artifact.read(in));
        assertEquals("trailer", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void checksumIsTheSha256OfTheFileAndWritingIsDeterministic(@TempDir Path folder) throws Exception {
        Artifact artifact = Artifact.builder("pinn").put("activation", "tanh")
                .float64("w", new double[] { 0.5, -0.25 }, 2).build();
        Path file = folder.resolve("model.hlora");

        String written = artifact.write(file);

        byte[] bytes = Files.readAllBytes(file);
        String independent = HexFormat.of().formatHex(ArtifactBytes.sha256(bytes, bytes.length - 32));
        assertEquals(independent, written);
        assertEquals(independent, HexFormat.of().formatHex(bytes, bytes.length - 32, bytes.length));
        assertEquals(written, Artifact.read(file).sha256().orElseThrow());
        assertEquals(file, Artifact.read(file).source().orElseThrow());
        assertArrayEquals(bytes, ArtifactBytes.of(artifact), "the same artifact must give the same bytes");
        assertTrue(artifact.sha256().isEmpty());
    }

    @Test
    void fileLayoutMatchesTheDocumentedFormat() throws Exception {
        double[] weights = { 1.25, -3.5, Math.PI, Math.E };
        byte[] bytes = ArtifactBytes.of(Artifact.builder("pinn").put("activation", "tanh")
                .float32("bias", new float[] { 0.5f }, 1)
                .float64("weight", weights, 2, 2)
                .build());
        ByteBuffer file = ArtifactBytes.littleEndian(bytes);

        assertArrayEquals(ArtifactFormat.magic(), Arrays.copyOf(bytes, 6));
        assertEquals('L', bytes[6]);
        assertEquals(ArtifactFormat.CURRENT_VERSION, file.getInt(ArtifactBytes.VERSION_OFFSET));
        int headerLength = ArtifactBytes.headerLength(bytes);
        int dataOffset = ArtifactBytes.dataOffset(bytes);
        assertEquals((40 + headerLength + 7) / 8 * 8, dataOffset);
        assertEquals(bytes.length, file.getLong(ArtifactBytes.FILE_LENGTH_OFFSET));
        String header = ArtifactBytes.headerText(bytes);
        assertTrue(header.contains("\"kind\": \"pinn\""), header);
        assertTrue(header.contains("\"activation\": \"tanh\""), header);
        // bias: 4 bytes at 0; weight: aligned to 8.
        assertTrue(header.contains("{\"name\": \"bias\", \"dtype\": \"float32\", \"shape\": [1], \"offset\": 0, \"length\": 4}"), header);
        assertTrue(header.contains("{\"name\": \"weight\", \"dtype\": \"float64\", \"shape\": [2, 2], \"offset\": 8, \"length\": 32}"), header);
        assertEquals(0.5f, file.getFloat(dataOffset));
        for (int i = 0; i < weights.length; i++) {
            assertEquals(weights[i], file.getDouble(dataOffset + 8 + 8 * i));
        }
        assertEquals(dataOffset + 8 + 32 + 32, bytes.length);
    }

    @Test
    void readsAFileWrittenFromTheSpecificationWithTensorsOutOfTableOrder() throws Exception {
        // Another implementation may place tensors in any order with gaps; only overlap is forbidden.
        String header = "{\"tensors\":[{\"name\":\"a\",\"dtype\":\"float64\",\"shape\":[2],\"offset\":24,\"length\":16},"
                + "{\"offset\":0,\"length\":8,\"name\":\"b\",\"shape\":[],\"dtype\":\"float64\",\"comment\":\"ignored\"}],"
                + "\"kind\":\"pinn\",\"metadata\":{\"z\":\"last\",\"a\":\"first\"},\"future\":{\"nested\":[true,null,1.5e3]}}";
        byte[] data = ArtifactBytes.float64Data(7, 0, 0, 1, 2);

        Artifact read = ArtifactBytes.read(ArtifactBytes.craft(1, header, data));

        assertEquals(List.of("a", "b"), read.tensorNames());
        assertArrayEquals(new double[] { 1, 2 }, read.tensor("a").doubles());
        assertArrayEquals(new double[] { 7 }, read.tensorOfShape("b").doubles());
        assertEquals(List.of("z", "a"), List.copyOf(read.metadata().keySet()));
    }

    @Test
    void millionDoubleTensorRoundTripsQuickly(@TempDir Path folder) throws Exception {
        double[] values = new Random(11).doubles(1_000_000).toArray();
        values[123_456] = -0.0;
        values[999_999] = Double.longBitsToDouble(0x7ff8000000000123L);
        Artifact artifact = Artifact.builder("hyperlora").putInts("layers", 1, 1000, 1000)
                .float64("hyper.weight", values, 1000, 1000).build();
        Path file = folder.resolve("large.hlora");

        // One warm-up round so that the timing shows steady-state speed rather than class loading and JIT.
        artifact.write(file);
        Artifact.read(file);
        long start = System.nanoTime();
        artifact.write(file);
        long written = System.nanoTime();
        Artifact read = Artifact.read(file);
        long done = System.nanoTime();

        System.out.printf("1e6 float64 (%d bytes): write %.1f ms, read %.1f ms%n", Files.size(file),
                (written - start) / 1e6, (done - written) / 1e6);
        assertArrayEquals(rawBits(values), rawBits(read.tensorOfShape("hyper.weight", 1000, 1000).doubles()));
        assertTrue(Files.size(file) < 8_000_000 + 1024, "raw data plus a small header, no bloat");
    }

    static double[] doublesFromBits(long[] bits) {
        double[] values = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Double.longBitsToDouble(bits[i]);
        }
        return values;
    }

    static float[] floatsFromBits(int[] bits) {
        float[] values = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Float.intBitsToFloat(bits[i]);
        }
        return values;
    }

    static long[] rawBits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
