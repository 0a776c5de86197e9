package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormats;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Write → read → compare, for every metadata type and every tensor type Starling stores. */
class GgufRoundTripTest {
    @TempDir
    Path dir;

    /** Metadata of every scalar and array type, including NaN payloads and unsigned extremes. */
    static Map<String, GgufValue> everyValueType() {
        Map<String, GgufValue> m = new LinkedHashMap<>();
        m.put("general.architecture", GgufValue.string("starling-test ✓"));
        m.put("u8", GgufValue.of(GgufValueType.UINT8, (byte) 0xff));
        m.put("i8", GgufValue.of(GgufValueType.INT8, (byte) -128));
        m.put("u16", GgufValue.of(GgufValueType.UINT16, (short) 0xfffe));
        m.put("i16", GgufValue.of(GgufValueType.INT16, (short) -3));
        m.put("u32", GgufValue.uint32(0xffff_fff0));
        m.put("i32", GgufValue.int32(-7));
        m.put("f32", GgufValue.float32(Float.intBitsToFloat(0x7fc0_1234)));
        m.put("bool", GgufValue.bool(true));
        m.put("u64", GgufValue.of(GgufValueType.UINT64, -1L));
        m.put("i64", GgufValue.int64(Long.MIN_VALUE));
        m.put("f64", GgufValue.of(GgufValueType.FLOAT64, Math.PI));
        m.put("empty", GgufValue.string(""));
        m.put("a.u8", GgufValue.array(GgufValueType.UINT8, new byte[] {0, 1, (byte) 255}));
        m.put("a.bool", GgufValue.array(GgufValueType.BOOL, new byte[] {0, 1}));
        m.put("a.i16", GgufValue.array(GgufValueType.INT16, new short[] {-1, 2}));
        m.put("a.u32", GgufValue.array(GgufValueType.UINT32, new int[] {-1, 5}));
        m.put("a.i32", GgufValue.int32s(1, -2, 3));
        m.put("a.i64", GgufValue.array(GgufValueType.INT64, new long[] {Long.MAX_VALUE}));
        m.put("a.f32", GgufValue.float32s(0.5f, -0f, Float.NaN));
        m.put("a.f64", GgufValue.array(GgufValueType.FLOAT64, new double[] {1e300}));
        m.put("a.str", GgufValue.strings("a", "", "ünï", "<0x0A>"));
        m.put("a.empty", GgufValue.strings());
        return m;
    }

    static Map<String, Tensor> everyTensorType(long seed) {
        Random r = new Random(seed);
        Map<String, Tensor> t = new LinkedHashMap<>();
        float[] f = new float[6 * 64];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) r.nextGaussian();
        }
        t.put("f32", Tensor.of(f, 6, 64));
        t.put("f32.vector", Tensor.of(new float[] {1, 2, 3}, 3));
        t.put("f16", new Tensor(Shape.of(2, 3, 4), new F16Storage(shorts(r, 24))));
        t.put("bf16", new Tensor(Shape.of(5, 7), new BF16Storage(shorts(r, 35))));
        byte[] q8 = new byte[4 * 64];
        r.nextBytes(q8);
        t.put("q8_0", new Tensor(Shape.of(4, 64), new Q8_0Storage(shorts(r, 8), q8)));
        byte[] q4 = new byte[3 * 32 / 2];
        r.nextBytes(q4);
        t.put("q4_0", new Tensor(Shape.of(3, 32), new Q4_0Storage(shorts(r, 3), q4)));
        return t;
    }

    static short[] shorts(Random r, int n) {
        short[] s = new short[n];
        for (int k = 0; k < n; k++) {
            s[k] = (short) r.nextInt();
        }
        return s;
    }

    static Path write(Path file, Map<String, GgufValue> meta, Map<String, Tensor> tensors) throws IOException {
        GgufWriter w = new GgufWriter();
        meta.forEach(w::put);
        tensors.forEach(w::tensor);
        w.write(file);
        return file;
    }

    @Test
    void everyTypeReadsBackBitExactly() throws IOException {
        Map<String, GgufValue> meta = everyValueType();
        Map<String, Tensor> tensors = everyTensorType(1);
        Path file = write(dir.resolve("all.gguf"), meta, tensors);
        try (GgufFile g = GgufFile.open(file)) {
            assertEquals(3, g.version());
            assertEquals(List.copyOf(meta.keySet()), List.copyOf(g.metadata().keys()));
            meta.forEach((k, v) -> assertEquals(v, g.metadata().value(k).orElseThrow(), k));
            assertEquals(List.copyOf(tensors.keySet()), g.tensors().stream().map(GgufTensorInfo::name).toList());
            for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
                Tensor got = g.tensor(e.getKey());
                assertEquals(e.getValue().shape(), got.shape(), e.getKey());
                assertArrayEquals(TensorCodec.encode(e.getValue().storage()), TensorCodec.encode(got.storage()),
                        e.getKey());
                assertEquals(0, g.tensorInfo(e.getKey()).offset() % 32);
            }
            assertArrayEquals(new long[] {64, 6}, g.tensorInfo("f32").dims(), "GGUF dims are innermost first");
        }
    }

    @Test
    void rewritingAReadFileGivesTheSameBytes() throws IOException {
        Path first = write(dir.resolve("a.gguf"), everyValueType(), everyTensorType(2));
        Path second = dir.resolve("b.gguf");
        try (GgufFile g = GgufFile.open(first)) {
            GgufWriter w = new GgufWriter().putAll(g.metadata());
            for (GgufTensorInfo t : g.tensors()) {
                w.tensor(t.name(), g.tensor(t.name()));
            }
            w.write(second);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void rawBytesAreTheGgmlBlocks() throws IOException {
        Q8_0Storage s = new Q8_0Storage(new short[] {Float.floatToFloat16(0.5f)}, new byte[32]);
        s.quants()[3] = -7;
        Path file = dir.resolve("q.gguf");
        new GgufWriter().tensor("w", new Tensor(Shape.of(32), s)).write(file);
        try (GgufFile g = GgufFile.open(file)) {
            ByteBuffer raw = g.rawBytes("w");
            assertEquals(34, raw.remaining());
            assertEquals(Float.floatToFloat16(0.5f), raw.getShort(0));
            assertEquals(-7, raw.get(2 + 3));
            assertEquals(-3.5f, g.tensorF32("w").get(3));
        }
    }

    @Test
    void alignmentIsHonoured() throws IOException {
        Map<String, GgufValue> meta = new LinkedHashMap<>();
        meta.put("general.alignment", GgufValue.uint32(64));
        Path file = write(dir.resolve("al.gguf"), meta, everyTensorType(3));
        try (GgufFile g = GgufFile.open(file)) {
            assertEquals(64, g.alignment());
            assertEquals(0, g.dataStart() % 64);
            g.tensors().forEach(t -> assertEquals(0, t.offset() % 64, t.name()));
            assertInstanceOf(F32Storage.class, g.tensor("f32").storage());
        }
    }

    @Test
    void registeredAsAWeightFormat() throws IOException {
        Path file = write(dir.resolve("wf.gguf"), everyValueType(), everyTensorType(4));
        try (WeightFile w = WeightFormats.open(file)) {
            assertTrue(w.names().contains("q8_0"));
            assertEquals("starling-test ✓", w.metadata().get("general.architecture"));
            assertEquals(Shape.of(4, 64), w.tensor("q8_0").shape());
        }
    }
}
