package org.hyperlora.engine.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accessors that loaders rely on: clear messages for missing or malformed content, and the builder's rules. */
class ArtifactAccessTest {

    private static final Artifact PINN = Artifact.builder("pinn")
            .put("activation", "tanh")
            .put("layers", "[2,x,1]")
            .put("epochs", "1.5")
            .put("float32", "yes")
            .put("nu", "0.01d")
            .put("names", "[\"x\", 3]")
            .float64("layer0.weight", new double[6], 2, 3)
            .build();

    @Test
    void missingMetadataNamesKeyAndKind() {
        ArtifactException missing = assertThrows(ArtifactException.class, () -> PINN.getString("dtype"));
        assertEquals("artifact kind 'pinn' has no metadata 'dtype'", missing.getMessage());
        assertTrue(missing.path().isEmpty());
        assertThrows(ArtifactException.class, () -> PINN.getInts("input.scale"));
    }

    @Test
    void missingMetadataOfAReadArtifactAlsoNamesTheFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        PINN.write(file);
        Artifact read = Artifact.read(file);

        ArtifactException missing = assertThrows(ArtifactException.class, () -> read.getString("dtype"));

        assertEquals(file, missing.path().orElseThrow());
        assertEquals("artifact kind 'pinn' has no metadata 'dtype'", missing.reason());
        assertEquals(file + ": artifact kind 'pinn' has no metadata 'dtype'", missing.getMessage());
    }

    @Test
    void malformedTypedMetadataNamesKeyKindAndValue() {
        assertEquals("metadata 'layers' of artifact kind 'pinn' is not an int array: \"[2,x,1]\"",
                assertThrows(ArtifactException.class, () -> PINN.getInts("layers")).getMessage());
        assertEquals("metadata 'epochs' of artifact kind 'pinn' is not an int: \"1.5\"",
                assertThrows(ArtifactException.class, () -> PINN.getInt("epochs")).getMessage());
        assertEquals("metadata 'float32' of artifact kind 'pinn' is not a boolean (true or false): \"yes\"",
                assertThrows(ArtifactException.class, () -> PINN.getBoolean("float32")).getMessage());
        assertEquals("metadata 'nu' of artifact kind 'pinn' is not a double: \"0.01d\"",
                assertThrows(ArtifactException.class, () -> PINN.getDouble("nu")).getMessage());
        assertEquals("metadata 'names' of artifact kind 'pinn' is not a list of strings: \"[\\\"x\\\", 3]\"",
                assertThrows(ArtifactException.class, () -> PINN.getStrings("names")).getMessage());
        assertThrows(ArtifactException.class, () -> PINN.getDoubles("activation"));
    }

    @Test
    void defaultsServeMissingKeysButNotMalformedOnes() throws Exception {
        assertEquals(7, PINN.getInt("seed", 7));
        assertEquals(-3L, PINN.getLong("steps", -3L));
        assertEquals(0.5, PINN.getDouble("lr", 0.5));
        assertTrue(PINN.getBoolean("deterministic", true));
        assertEquals("float64", PINN.getString("dtype", "float64"));
        assertEquals("tanh", PINN.getString("activation", "sin"));
        assertThrows(ArtifactException.class, () -> PINN.getInt("epochs", 7));
    }

    @Test
    void tensorLookupsNameWhatIsMissingOrWrong() throws Exception {
        assertEquals("artifact kind 'pinn' has no tensor 'layer1.weight'",
                assertThrows(ArtifactException.class, () -> PINN.tensor("layer1.weight")).getMessage());
        assertEquals("tensor 'layer0.weight' of artifact kind 'pinn' has shape [2, 3], expected [3, 2]",
                assertThrows(ArtifactException.class, () -> PINN.tensorOfShape("layer0.weight", 3, 2)).getMessage());
        assertEquals("expected an artifact of kind 'checkpoint' but found kind 'pinn'",
                assertThrows(ArtifactException.class, () -> PINN.requireKind("checkpoint")).getMessage());
        assertEquals(PINN, PINN.requireKind("pinn"));
        assertTrue(PINN.findTensor("layer1.weight").isEmpty());
    }

    @Test
    void builderKeepsOrderReplacesMetadataInPlaceAndRefusesDuplicateTensors() {
        Artifact.Builder builder = Artifact.builder("pinn").put("a", "1").put("b", "2").put("a", "3")
                .float64("w", new double[] { 1 }, 1);
        Artifact built = builder.build();
        assertEquals(List.of("a", "b"), List.copyOf(built.metadata().keySet()));
        assertEquals("3", built.metadata().get("a"));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> builder.float32("w", new float[] { 1 }, 1));
        assertEquals("duplicate tensor name 'w'", duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.float64("", new double[0], 0));
        assertThrows(IllegalArgumentException.class, () -> Artifact.builder(""));
    }

    @Test
    void toBuilderDerivesAChangedCopyWithoutTouchingTheOriginal() throws Exception {
        Artifact changed = PINN.toBuilder().put("activation", "sin").removeTensor("layer0.weight")
                .float64("layer0.weight", new double[] { 1, 2, 3, 4, 5, 6 }, 3, 2).build();
        assertEquals("sin", changed.getString("activation"));
        assertEquals("tanh", PINN.getString("activation"));
        assertArrayEquals(new int[] { 3, 2 }, changed.tensor("layer0.weight").shape());
        assertArrayEquals(new int[] { 2, 3 }, PINN.tensor("layer0.weight").shape());
        assertNotEquals(PINN, changed);
    }

    @Test
    void tensorsCopyTheirInputAndCheckTheirShape() {
        double[] values = { 1, 2, 3, 4, 5, 6 };
        Tensor tensor = Tensor.float64(values, 2, 3);
        values[0] = 99;
        assertEquals(1.0, tensor.doubles()[0]);
        tensor.doubles()[1] = 99;
        assertEquals(2.0, tensor.doubles()[1]);
        assertEquals("shape [2, 2] holds 4 elements but 6 values were given",
                assertThrows(IllegalArgumentException.class, () -> Tensor.float64(values, 2, 2)).getMessage());
        assertEquals("negative extent in shape [-1, -6]",
                assertThrows(IllegalArgumentException.class, () -> Tensor.float64(values, -1, -6)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.elementCount(65536, 65536));
        assertEquals(0, Tensor.elementCount(65536, 65536, 0));
        assertEquals(1, Tensor.elementCount());
    }

    @Test
    void float32WidensExactlyAndFloat64RefusesSilentNarrowing() {
        float[] floats = { 0.1f, -3.4028235e38f, 1.4e-45f };
        Tensor float32 = Tensor.float32(floats, 3);
        double[] target = new double[5];
        float32.copyTo(target, 2);
        for (int i = 0; i < floats.length; i++) {
            assertEquals((double) floats[i], target[2 + i]);
            assertEquals((double) floats[i], float32.doubles()[i]);
        }
        assertEquals(0.0, target[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> float32.copyTo(target, 3));
        assertThrows(IllegalStateException.class, () -> Tensor.float64(new double[] { 0.1 }, 1).floats());
    }
}
