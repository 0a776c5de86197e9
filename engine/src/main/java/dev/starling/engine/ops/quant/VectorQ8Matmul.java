package dev.starling.engine.ops.quant;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

import static dev.starling.engine.ops.quant.VectorQuantKernels.B;
import static dev.starling.engine.ops.quant.VectorQuantKernels.F;

/**
 * Q8_0 weights times several activation rows (a prompt of n tokens): each weight block is loaded
 * and widened once and used for four activation rows, so the weights stream once per four tokens
 * instead of once per token.
 */
final class VectorQ8Matmul {
    private VectorQ8Matmul() {
    }

    /**
     * y[i, r] = Σ_c W[r, c] · x[i, c] for the four activation rows i = i0 … i0 + 3;
     * x is [n, cols] and y is [n, rows], row-major.
     */
    static void dot4(byte[] q, short[] d, int r, int rows, int cols, float[] x, int i0, float[] y) {
        int blocks = cols / 32;
        int lanes = F.length();
        int x0 = i0 * cols;
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int b = 0; b < blocks; b++) {
            int qo = (r * blocks + b) * 32;
            int xo = x0 + b * 32;
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            for (int j = 0; j < 32; j += lanes) {
                FloatVector w = (FloatVector) ByteVector.fromArray(B, q, qo + j).castShape(F, 0);
                s0 = w.fma(FloatVector.fromArray(F, x, xo + j), s0);
                s1 = w.fma(FloatVector.fromArray(F, x, xo + cols + j), s1);
                s2 = w.fma(FloatVector.fromArray(F, x, xo + 2 * cols + j), s2);
                s3 = w.fma(FloatVector.fromArray(F, x, xo + 3 * cols + j), s3);
            }
            FloatVector dv = FloatVector.broadcast(F, Float.float16ToFloat(d[r * blocks + b]));
            a0 = s0.fma(dv, a0);
            a1 = s1.fma(dv, a1);
            a2 = s2.fma(dv, a2);
            a3 = s3.fma(dv, a3);
        }
        y[i0 * rows + r] = a0.reduceLanes(VectorOperators.ADD);
        y[(i0 + 1) * rows + r] = a1.reduceLanes(VectorOperators.ADD);
        y[(i0 + 2) * rows + r] = a2.reduceLanes(VectorOperators.ADD);
        y[(i0 + 3) * rows + r] = a3.reduceLanes(VectorOperators.ADD);
    }
}
