package dev.starling.engine.format.gguf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Dequantisation of ggml's K-quants (super-blocks of 256 elements), following ggml's
 * {@code dequantize_row_q4_K} / {@code dequantize_row_q6_K} operation for operation, so the floats
 * are the ones llama.cpp computes (C may fuse the multiply-subtract of Q4_K into an fma; Java never
 * does, so values can differ there in the last bit).
 */
final class KQuants {
    static final int QK_K = 256;

    private KQuants() {
    }

    /**
     * Q4_K block (144 bytes): f16 d, f16 dmin, 12 bytes packing eight 6-bit (scale, min) pairs,
     * 128 bytes of nibbles. Each 64 elements use two pairs: y = d·sc·q − dmin·m, low nibbles first.
     */
    static float[] dequantizeQ4K(ByteBuffer data, int n) {
        ByteBuffer b = data.order(ByteOrder.LITTLE_ENDIAN);
        float[] y = new float[n];
        byte[] scales = new byte[12];
        byte[] qs = new byte[128];
        int o = 0;
        for (int block = 0; block < n / QK_K; block++) {
            float d = Float.float16ToFloat(b.getShort());
            float min = Float.float16ToFloat(b.getShort());
            b.get(scales);
            b.get(qs);
            for (int j = 0, is = 0, q = 0; j < QK_K; j += 64, is += 2, q += 32) {
                float d1 = d * scale(is, scales);
                float m1 = min * min(is, scales);
                float d2 = d * scale(is + 1, scales);
                float m2 = min * min(is + 1, scales);
                for (int l = 0; l < 32; l++) {
                    y[o++] = d1 * (qs[q + l] & 0xf) - m1;
                }
                for (int l = 0; l < 32; l++) {
                    y[o++] = d2 * ((qs[q + l] & 0xff) >> 4) - m2;
                }
            }
        }
        return y;
    }

    /** ggml's get_scale_min_k4, scale half: pairs 0–3 in the low 6 bits, 4–7 split over two bytes. */
    private static int scale(int j, byte[] q) {
        return j < 4 ? q[j] & 63 : (q[j + 4] & 0xf) | (((q[j - 4] & 0xff) >> 6) << 4);
    }

    private static int min(int j, byte[] q) {
        return j < 4 ? q[j + 4] & 63 : ((q[j + 4] & 0xff) >> 4) | (((q[j] & 0xff) >> 6) << 4);
    }

    /**
     * Q6_K block (210 bytes): 128 bytes of low nibbles ql, 64 bytes of 2-bit high parts qh, sixteen
     * int8 scales, f16 d. Each 6-bit q is stored biased by 32; y = d·scale·(q − 32), one scale per 16.
     */
    static float[] dequantizeQ6K(ByteBuffer data, int n) {
        ByteBuffer b = data.order(ByteOrder.LITTLE_ENDIAN);
        float[] y = new float[n];
        byte[] ql = new byte[128];
        byte[] qh = new byte[64];
        byte[] sc = new byte[16];
        for (int block = 0; block < n / QK_K; block++) {
            b.get(ql);
            b.get(qh);
            b.get(sc);
            float d = Float.float16ToFloat(b.getShort());
            int base = block * QK_K;
            for (int half = 0; half < 2; half++) {
                int lo = half * 64;
                int hi = half * 32;
                int s = half * 8;
                int yo = base + half * 128;
                for (int l = 0; l < 32; l++) {
                    int is = s + l / 16;
                    int h = qh[hi + l] & 0xff;
                    int q1 = ((ql[lo + l] & 0xf) | ((h & 3) << 4)) - 32;
                    int q2 = ((ql[lo + l + 32] & 0xf) | (((h >> 2) & 3) << 4)) - 32;
                    int q3 = (((ql[lo + l] & 0xff) >> 4) | (((h >> 4) & 3) << 4)) - 32;
                    int q4 = (((ql[lo + l + 32] & 0xff) >> 4) | (((h >> 6) & 3) << 4)) - 32;
                    y[yo + l] = d * sc[is] * q1;
                    y[yo + l + 32] = d * sc[is + 2] * q2;
                    y[yo + l + 64] = d * sc[is + 4] * q3;
                    y[yo + l + 96] = d * sc[is + 6] * q4;
                }
            }
        }
        return y;
    }
}
