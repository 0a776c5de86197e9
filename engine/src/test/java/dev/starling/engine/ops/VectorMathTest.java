package dev.starling.engine.ops;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vector exp and its scalar twin: accuracy against Math.exp, and bit-identical to each other. */
class VectorMathTest {
    @Test
    void expIsAccurateAndTheScalarTwinMatchesTheLanesExactly() {
        int lanes = VectorMath.L;
        float[] x = new float[lanes];
        float[] y = new float[lanes];
        double worst = 0;
        for (int i = 0; i < 200_000; i += lanes) {
            for (int l = 0; l < lanes; l++) {
                x[l] = -87f + 175f * (i + l) / 200_000f;
                x[l] = Math.min(x[l], 88f);
            }
            VectorMath.exp(FloatVector.fromArray(VectorMath.S, x, 0)).intoArray(y, 0);
            for (int l = 0; l < lanes; l++) {
                double ref = Math.exp(x[l]);
                worst = Math.max(worst, Math.abs(y[l] - ref) / ref);
                assertEquals(Float.floatToIntBits(VectorMath.expScalar(x[l])), Float.floatToIntBits(y[l]), "x = " + x[l]);
            }
        }
        assertTrue(worst < 2.5e-7, "max relative error " + worst);
        assertEquals(1f, VectorMath.expScalar(0f));
        assertTrue(VectorMath.expScalar(-1000f) >= 0f && VectorMath.expScalar(-1000f) < 1e-37f);
        assertTrue(Float.isFinite(VectorMath.expScalar(1000f)));
    }

    @Test
    void laneSumsRunInAFixedOrder() {
        float[] a = new float[VectorMath.L];
        float expected = 0f;
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) Math.pow(10, (i % 8) - 4) * (i % 3 == 0 ? -1 : 1);
            expected += a[i];
        }
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(VectorMath.sum(FloatVector.fromArray(VectorMath.S, a, 0))));
    }
}
