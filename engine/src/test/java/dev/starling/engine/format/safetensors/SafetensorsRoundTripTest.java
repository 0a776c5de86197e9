package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.I8Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Storage;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Write → read gives back the same dtypes, shapes, element bits, order and metadata. */
class SafetensorsRoundTripTest {
    private static final int[][] SHAPES = {{}, {0}, {1}, {7}, {3, 0, 2}, {2, 3, 4}, {17, 5}, {1, 1, 1, 9}};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20240601})
    void randomTensorsRoundTripBitExactly(long seed) throws IOException {
        Random r = new Random(seed);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int k = 0; k < 12; k++) {
            int[] shape = SHAPES[r.nextInt(SHAPES.length)];
            tensors.put("layer." + (11 - k) + ".w", new Tensor(Shape.of(shape), randomStorage(r, k % 3, Shape.of(shape).size())));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "pt");
        meta.put("名前", "モデル 🐦 — «ünïcödé»");
        meta.put("family 👩‍💻", "quote \" backslash \\ newline \n tab \t");
        meta.put("empty", "");
        Path file = dir.resolve("random.safetensors");
        SafetensorsWriter.write(file, tensors, meta);

        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(List.copyOf(tensors.keySet()), List.copyOf(f.names()), "names keep the caller's order");
            assertEquals(meta, f.metadata());
            for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
                assertSameStorage(e.getKey(), e.getValue(), f.tensor(e.getKey()));
            }
        }
    }

    @Test
    void nonAsciiTensorNamesRoundTrip() throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("词嵌入.权重", Tensor.of(new float[] {1, 2}, 2));
        tensors.put("emoji.🐦.bias", Tensor.of(new float[] {3}, 1));
        Path file = dir.resolve("names.safetensors");
        SafetensorsWriter.write(file, tensors, Map.of());
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(List.copyOf(tensors.keySet()), List.copyOf(f.names()));
            assertEquals(Map.of(), f.metadata());
            assertArrayEquals(new float[] {3}, f.tensor("emoji.🐦.bias").f32());
        }
    }

    @Test
    void quantisedI8RoundTripsWithItsScales() throws IOException {
        I8Storage q = I8Storage.quantize(new float[] {0.5f, -1f, 2f, 0f, 7f, -3f, 1e-3f}, 3);
        Tensor t = new Tensor(Shape.of(7), q);
        Path file = dir.resolve("q.safetensors");
        SafetensorsWriter.write(file, Map.of("proj", t), Map.of("format", "starling"));
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(List.of("proj", "proj" + SafetensorsWriter.SCALES_SUFFIX), List.copyOf(f.names()));
            assertEquals("3", f.metadata().get(SafetensorsWriter.BLOCK_SIZE_KEY_PREFIX + "proj"));
            I8Storage back = assertInstanceOf(I8Storage.class, f.tensor("proj").storage());
            assertArrayEquals(q.values(), back.values());
            assertArrayEquals(q.scales(), back.scales());
            assertEquals(3, back.blockSize());
            assertArrayEquals(q.scales(), f.tensor("proj.scales").f32());
        }
    }

    @Test
    void emptyMapGivesAValidEmptyFile() throws IOException {
        Path file = dir.resolve("empty.safetensors");
        SafetensorsWriter.write(file, Map.of(), null);
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertTrue(f.names().isEmpty());
            assertTrue(f.metadata().isEmpty());
        }
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaries() throws IOException {
        Path file = dir.resolve("model.safetensors");
        SafetensorsWriter.write(file, Map.of("a", Tensor.of(new float[] {1}, 1)), Map.of());
        SafetensorsWriter.write(file, Map.of("b", Tensor.of(new float[] {2, 3}, 2)), Map.of());
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(List.of("b"), List.copyOf(f.names()));
        }
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "only the target remains in the directory");
        }
    }

    @Test
    void reservedAndCollidingNamesAreRejected() {
        Path file = dir.resolve("bad.safetensors");
        Tensor x = Tensor.of(new float[] {1}, 1);
        assertThrows(IllegalArgumentException.class,
                () -> SafetensorsWriter.write(file, Map.of("__metadata__", x), Map.of()));
        Map<String, Tensor> clash = new LinkedHashMap<>();
        clash.put("w", new Tensor(Shape.of(2), I8Storage.quantize(new float[] {1, 2}, 2)));
        clash.put("w.scales", x);
        assertThrows(IllegalArgumentException.class, () -> SafetensorsWriter.write(file, clash, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SafetensorsWriter.write(file, Map.of("w", clash.get("w")),
                Map.of(SafetensorsWriter.BLOCK_SIZE_KEY_PREFIX + "w", "9")));
        assertTrue(Files.notExists(file), "a rejected write creates nothing");
    }

    private static Storage randomStorage(Random r, int kind, long n) {
        int len = (int) n;
        switch (kind) {
            case 0 -> {
                float[] a = new float[len];
                for (int k = 0; k < len; k++) {
                    int bits = r.nextInt();
                    // Quiet NaN payloads only: a CPU may quiet a signalling NaN in a float register.
                    a[k] = Float.intBitsToFloat(Float.isNaN(Float.intBitsToFloat(bits)) ? bits | 0x0040_0000 : bits);
                }
                return new F32Storage(a);
            }
            case 1 -> {
                return new F16Storage(randomShorts(r, len));
            }
            default -> {
                return new BF16Storage(randomShorts(r, len));
            }
        }
    }

    private static short[] randomShorts(Random r, int n) {
        short[] s = new short[n];
        for (int k = 0; k < n; k++) {
            s[k] = (short) r.nextInt();
        }
        return s;
    }

    private static void assertSameStorage(String name, Tensor want, Tensor got) {
        assertEquals(want.shape(), got.shape(), name);
        assertEquals(want.dtype(), got.dtype(), name);
        switch (want.storage()) {
            case F32Storage s -> assertArrayEquals(bits(s.array()), bits(((F32Storage) got.storage()).array()), name);
            case F16Storage s -> assertArrayEquals(s.bits(), ((F16Storage) got.storage()).bits(), name);
            case BF16Storage s -> assertArrayEquals(s.bits(), ((BF16Storage) got.storage()).bits(), name);
            case I8Storage s -> assertArrayEquals(s.values(), ((I8Storage) got.storage()).values(), name);
            default -> fail("safetensors does not store " + want.dtype());
        }
    }

    private static int[] bits(float[] a) {
        int[] out = new int[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = Float.floatToRawIntBits(a[k]);
        }
        return out;
    }
}
