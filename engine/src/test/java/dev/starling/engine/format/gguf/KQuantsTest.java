package dev.starling.engine.format.gguf;

import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Q4_K and Q6_K super-blocks built by hand from the ggml layout, with values worked out on paper,
 * read through a GGUF file (so the type sizes and the decoder agree).
 */
class KQuantsTest {
    @TempDir
    Path dir;

    @Test
    void q4K() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(Float.floatToFloat16(1f)).putShort(Float.floatToFloat16(0.5f));
        byte[] scales = new byte[12];
        scales[0] = (byte) (1 | 1 << 6); // pair 0: scale 1; its top bits are bit 4 of pair 4's scale
        scales[1] = 2; // pair 1: scale 2
        scales[4] = 0; // pair 0: min 0
        scales[5] = 1; // pair 1: min 1
        scales[8] = 0x15; // pair 4: scale low nibble 5 (+16 from byte 0) = 21, min high nibble 1
        b.put(scales);
        byte[] qs = new byte[128];
        qs[0] = (byte) 0x9e; // element 0: low nibble 14; element 32: high nibble 9
        qs[64] = 0x03; // element 128 (pair 4, low nibbles of bytes 64..95): 3
        b.put(qs);
        float[] y = decode(GgmlType.Q4_K, b.array());
        assertEquals(14f, y[0]); // 1·1·14 − 0.5·0
        assertEquals(0f, y[1]);
        assertEquals(2f * 9 - 0.5f, y[32]); // 1·2·9 − 0.5·1
        assertEquals(-0.5f, y[33]);
        assertEquals(21f * 3 - 0.5f, y[128]); // 1·21·3 − 0.5·1
        assertEquals(256, y.length);
    }

    @Test
    void q6K() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(210).order(ByteOrder.LITTLE_ENDIAN);
        byte[] ql = new byte[128];
        byte[] qh = new byte[64];
        byte[] sc = new byte[16];
        ql[0] = 0x5a; // low 10 → element 0, high 5 → element 64
        ql[32] = 0x07; // low 7 → element 32, high 0 → element 96
        qh[0] = (byte) 0b11_10_01_00; // high bits: element 0 ← 0, 32 ← 1, 64 ← 2, 96 ← 3
        sc[0] = 2;
        sc[1] = 7; // elements 16..31
        sc[2] = -3;
        sc[4] = 4;
        sc[6] = 1;
        ql[64] = 0x01; // second half: element 128 low nibble 1
        qh[32] = 0b10; // element 128 high bits 2 → q = 1 | 32 = 33 → 1
        sc[8] = 5;
        b.put(ql).put(qh).put(sc).putShort(Float.floatToFloat16(0.5f));
        float[] y = decode(GgmlType.Q6_K, b.array());
        assertEquals(0.5f * 2 * (10 - 32), y[0]);
        assertEquals(0.5f * -3 * (7 + 16 - 32), y[32]);
        assertEquals(0.5f * 4 * (5 + 32 - 32), y[64]);
        assertEquals(0.5f * 1 * (0 + 48 - 32), y[96]);
        assertEquals(0.5f * 7 * -32, y[16]);
        assertEquals(0.5f * 5 * 1, y[128]);
    }

    private float[] decode(GgmlType type, byte[] block) throws IOException {
        Path f = dir.resolve(type + ".gguf");
        new GgufWriter().raw("w", new long[] {256}, type, block).write(f);
        try (GgufFile g = GgufFile.open(f)) {
            Tensor t = g.tensor("w");
            assertInstanceOf(F32Storage.class, t.storage());
            return t.f32();
        }
    }
}
