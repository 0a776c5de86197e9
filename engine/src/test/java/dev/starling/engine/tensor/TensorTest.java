package dev.starling.engine.tensor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TensorTest {
    @Test
    void shapeIndexingAndViews() {
        Tensor t = Tensor.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3);
        assertEquals(5f, t.get(1, 2));
        Tensor v = t.reshape(3, 2);
        v.set(42f, 0, 1);
        assertEquals(42f, t.get(0, 1), "reshape shares storage");
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0));
        assertThrows(IllegalArgumentException.class, () -> t.reshape(4, 2));
        assertEquals("[2, 3]", t.shape().toString());
        assertArrayEquals(new float[] {0, 3, 42, 4, 2, 5}, t.transpose2d().f32());
    }

    @Test
    void halfPrecisionStoragesRoundTripRepresentableValues() {
        float[] values = {0f, -0f, 1f, -2.5f, 65504f, 6.1035156e-5f, Float.POSITIVE_INFINITY};
        F16Storage h = new F16Storage(new short[values.length]);
        BF16Storage b = new BF16Storage(new short[values.length]);
        for (int i = 0; i < values.length; i++) {
            h.setFloat(i, values[i]);
            b.setFloat(i, values[i]);
        }
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], h.getFloat(i), "f16 " + values[i]);
        }
        assertEquals(1f, b.getFloat(2));
        assertEquals(-2.5f, b.getFloat(3));
        assertTrue(Float.isNaN(Float.intBitsToFloat(BF16Storage.toBf16(Float.NaN) << 16)));
        // ties to even: 1 + 2^-8 is halfway between two bf16 values and rounds down to 1
        assertEquals(1f, Float.intBitsToFloat((BF16Storage.toBf16(1f + 1f / 256) & 0xffff) << 16));
    }

    @Test
    void int8QuantisationStaysWithinHalfAStep() {
        float[] x = new float[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i) * (i < 50 ? 1 : 10);
        }
        I8Storage q = I8Storage.quantize(x, 50);
        for (int i = 0; i < x.length; i++) {
            float step = q.scales()[i / 50];
            assertEquals(x[i], q.getFloat(i), step / 2 + 1e-7, "element " + i);
        }
        Tensor t = new Tensor(Shape.of(10, 10), q);
        assertEquals(DType.I8, t.dtype());
        assertEquals(100, t.toF32().f32().length);
        assertThrows(IllegalStateException.class, t::f32);
    }

    @Test
    void sizeMismatchIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Tensor(Shape.of(2, 2), new F32Storage(new float[3])));
        assertThrows(IllegalArgumentException.class, () -> Shape.of(-1));
    }
}
