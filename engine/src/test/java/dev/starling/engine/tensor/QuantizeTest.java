package dev.starling.engine.tensor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quantisers follow ggml's reference rounding; dequantised values stay within half a step. */
class QuantizeTest {
    @Test
    void q8_0RoundsHalvesAwayFromZeroLikeRoundf() {
        float[] x = new float[32];
        x[0] = 127f; // amax 127 → d = 1, id = 1: quants are roundf(x)
        x[1] = 2.5f;
        x[2] = -2.5f;
        x[3] = 0.49999997f;
        x[4] = -126.5f;
        Q8_0Storage q = Q8_0Storage.quantize(x);
        assertEquals(Float.floatToFloat16(1f), q.scales()[0]);
        assertArrayEquals(new byte[] {127, 3, -3, 0, -127}, java.util.Arrays.copyOf(q.quants(), 5));
        assertEquals(-3f, q.getFloat(2));
    }

    @Test
    void q4_0UsesTheSignedMaxAndTruncates() {
        float[] x = new float[32];
        x[0] = -8f; // largest magnitude, negative: d = −8 / −8 = 1, maps to q = 0
        x[1] = 7f; // 7 · 1 + 8.5 = 15.5 → 15
        x[16] = 0.4f; // 8.9 → 8 (truncated), dequantised 0
        x[17] = -3.6f; // 4.9 → 4, dequantised −4
        x[18] = 8f; // 16.5 → 16 → clamped to 15
        Q4_0Storage q = Q4_0Storage.quantize(x);
        assertEquals(Float.floatToFloat16(1f), q.scales()[0]);
        assertEquals(0, q.quant(0));
        assertEquals(15, q.quant(1));
        assertEquals(8, q.quant(16));
        assertEquals(4, q.quant(17));
        assertEquals(15, q.quant(18));
        assertEquals(0x80, q.nibbles()[0] & 0xff, "byte 0 = element 0 (low) | element 16 (high)");
        assertEquals(-8f, q.getFloat(0));
        assertEquals(-4f, q.getFloat(17));
    }

    @Test
    void dequantisedWithinHalfAStep() {
        Random r = new Random(3);
        float[] x = new float[32 * 50];
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) (r.nextGaussian() * Math.exp(r.nextGaussian()));
        }
        Q8_0Storage q8 = Q8_0Storage.quantize(x);
        Q4_0Storage q4 = Q4_0Storage.quantize(x);
        for (int k = 0; k < x.length; k++) {
            float d8 = q8.scale(k / 32);
            float d4 = Math.abs(q4.scale(k / 32));
            // half a step, plus the f16 rounding of d times the largest quant
            assertTrue(Math.abs(x[k] - q8.getFloat(k)) <= d8 * 0.5f + d8 * 127 * 1e-3f, "Q8_0 at " + k);
            assertTrue(Math.abs(x[k] - q4.getFloat(k)) <= d4 * 1.0f + d4 * 8 * 1e-3f, "Q4_0 at " + k);
        }
    }

    @Test
    void zeroBlocksAndBadLengths() {
        Q8_0Storage z = Q8_0Storage.quantize(new float[32]);
        assertEquals(0f, z.getFloat(5));
        assertEquals(0f, Q4_0Storage.quantize(new float[32]).getFloat(31), 0f, "d = −0 as in ggml, value ±0");
        assertThrows(IllegalArgumentException.class, () -> Q8_0Storage.quantize(new float[33]));
        assertThrows(UnsupportedOperationException.class, () -> z.setFloat(0, 1f));
        assertEquals(DType.Q8_0, z.dtype());
        assertThrows(IllegalStateException.class, () -> DType.Q8_0.bytes());
    }
}
