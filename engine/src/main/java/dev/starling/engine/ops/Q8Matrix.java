package dev.starling.engine.ops;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A weight matrix W [out, in] in ggml's Q8_0 scheme: each row cut into blocks of 32 weights, a
 * block stored as 32 int8 values q and one scale d = max|w|/127 (rounded to float16, as GGUF
 * stores it), w ≈ d·q. 1.125 bytes per weight here (float scales), against 4 for float32: decoding
 * reads a quarter of the bytes.
 *
 * <p>{@link #multiply} is y[M, out] = x[M, in]·Wᵀ with the Vector API: per block, the int8 lanes are
 * widened to floats and multiplied into an accumulator, then scaled. {@link #multiplyScalar} is
 * the naive twin the tests compare it with.
 */
public final class Q8Matrix {
    public static final int BLOCK = 32;
    /** Quant bytes per chunk of {@link Parallel#forRanges}: long enough to keep a prefetch stream going. */
    private static final int CHUNK_BYTES = 32 * 1024;
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    /** Bytes species with as many lanes as F: widening one load fills one float vector. */
    static final VectorSpecies<Byte> B = ByteVector.SPECIES_64.length() == F.length() ? ByteVector.SPECIES_64
            : ByteVector.SPECIES_128.length() == F.length() ? ByteVector.SPECIES_128 : ByteVector.SPECIES_256;

    private final int out;
    private final int in;
    private final byte[] q;
    private final float[] scales;

    /** From quantised data: q [out·in] int8, scales [out·in/32] (GGUF's blocks, unpacked). */
    public Q8Matrix(int out, int in, byte[] q, float[] scales) {
        if (in % BLOCK != 0 || q.length != (long) out * in || scales.length != (long) out * in / BLOCK) {
            throw new IllegalArgumentException("Q8_0 matrix " + out + " x " + in + " needs in % 32 == 0 and matching data");
        }
        this.out = out;
        this.in = in;
        this.q = interleave(q, out, in);
        this.scales = scales;
    }

    /**
     * Rows in groups of four, block by block: [r0 b0][r1 b0][r2 b0][r3 b0][r0 b1]… (32 bytes each),
     * the rows after the last full group row-major at the end. {@link #dot4} then reads one
     * sequential stream instead of four short ones: with rows of a few hundred bytes (a 768-wide
     * model) four streams defeat the hardware prefetcher and decoding became latency-bound.
     */
    private static byte[] interleave(byte[] rowMajor, int out, int in) {
        byte[] q = new byte[rowMajor.length];
        int blocks = in / BLOCK;
        int full = out / 4 * 4;
        for (int g = 0; g < full / 4; g++) {
            for (int b = 0; b < blocks; b++) {
                for (int r = 0; r < 4; r++) {
                    System.arraycopy(rowMajor, (4 * g + r) * in + b * BLOCK, q, ((g * blocks + b) * 4 + r) * BLOCK, BLOCK);
                }
            }
        }
        System.arraycopy(rowMajor, full * in, q, full * in, (out - full) * in);
        return q;
    }

    /** Where W[row, col]'s quant lives in the interleaved layout. */
    private int index(int row, int col) {
        int full = out / 4 * 4;
        if (row >= full) {
            return row * in + col;
        }
        int blocks = in / BLOCK;
        return (((row / 4) * blocks + col / BLOCK) * 4 + row % 4) * BLOCK + col % BLOCK;
    }

    /** A GGUF Q8_0 tensor [out, in]: the quants are shared, the float16 scales widened once. */
    public static Q8Matrix of(dev.starling.engine.tensor.Q8_0Storage storage, int out, int in) {
        float[] scales = new float[storage.scales().length];
        for (int b = 0; b < scales.length; b++) {
            scales[b] = storage.scale(b);
        }
        return new Q8Matrix(out, in, storage.quants(), scales);
    }

    /** Quantises W [out, in] float32 row-major, block by block as ggml's quantize_row_q8_0 does. */
    public static Q8Matrix quantize(float[] w, int out, int in) {
        if (in % BLOCK != 0) {
            throw new IllegalArgumentException("Q8_0 needs the input size to be a multiple of 32, got " + in);
        }
        byte[] q = new byte[w.length];
        float[] scales = new float[w.length / BLOCK];
        for (int b = 0; b < scales.length; b++) {
            float amax = 0;
            for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
                amax = Math.max(amax, Math.abs(w[i]));
            }
            float d = amax / 127f;
            float id = d == 0 ? 0 : 1 / d;
            scales[b] = Float.float16ToFloat(Float.floatToFloat16(d));
            for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
                q[i] = (byte) Math.round(w[i] * id);
            }
        }
        return new Q8Matrix(out, in, q, scales);
    }

    public int out() {
        return out;
    }

    public int in() {
        return in;
    }

    public long bytes() {
        return q.length + 4L * scales.length;
    }

    /** W[row, col] dequantised. */
    public float get(int row, int col) {
        return q[index(row, col)] * scales[(row * in + col) / BLOCK];
    }

    /**
     * y[M, out] = x[M, in] · Wᵀ. The output rows are cut into one contiguous share per thread
     * ({@link Parallel#forRanges}): each thread streams one long run of the interleaved quants,
     * which the hardware prefetcher follows, and takes chunks off the end of a slower thread's
     * share. Small ranges handed out one by one (16 rows, 12 KB at 768 inputs) restart the
     * prefetch stream on every item: decoding then ran at ~60 % of the bandwidth.
     */
    public void multiply(Parallel parallel, float[] x, int m, float[] y) {
        multiplyAll(parallel, x, m, new Q8Matrix[] {this}, new float[][] {y});
    }

    /**
     * y_i[M, out_i] = x[M, in] · W_iᵀ for matrices that share their input (q, k and v; gate and
     * up): one parallel loop over the rows of all of them, shared out as {@link #multiply} shares
     * one matrix's, instead of one loop each. During decoding a k or v projection of a 768-wide model
     * is ~4 µs of work per thread, comparable to handing a loop to the other thread and waiting.
     */
    public static void multiplyAll(Parallel parallel, float[] x, int m, Q8Matrix[] ws, float[][] ys) {
        int[] firstGroup = new int[ws.length + 1]; // prefix sums of each matrix's groups of 4 rows
        for (int i = 0; i < ws.length; i++) {
            Q8Matrix w = ws[i];
            if (w.in != ws[0].in) {
                throw new IllegalArgumentException("matrices of one multiplyAll share their input size");
            }
            Checks.size(x, (long) m * w.in, "x");
            Checks.size(ys[i], (long) m * w.out, "y");
            firstGroup[i + 1] = firstGroup[i] + w.out / 4;
        }
        int grain = Math.max(1, CHUNK_BYTES / (4 * ws[0].in)); // groups of four rows per chunk
        parallel.forRanges(firstGroup[ws.length], grain, (g0, g1) -> {
            for (int i = 0; i < ws.length; i++) {
                int from = Math.max(g0, firstGroup[i]) - firstGroup[i];
                int to = Math.min(g1, firstGroup[i + 1]) - firstGroup[i];
                ws[i].groups(from, to, x, m, ys[i]);
            }
        });
        for (int i = 0; i < ws.length; i++) {
            ws[i].tailRows(x, m, ys[i]);
        }
    }

    /**
     * y[from, to) = W[from, to) · x for one input row x [in], on the calling thread: one rank's
     * share of a decoding step ({@link Parallel#team}). Any bounds; a group of four rows cut by
     * a bound is computed whole into a scratch and only its rows inside are kept.
     */
    public void multiplyRows(float[] x, float[] y, int from, int to) {
        Checks.size(x, in, "x");
        Checks.size(y, out, "y");
        if (from < 0 || to > out || from > to) {
            throw new IllegalArgumentException("rows [" + from + ", " + to + ") outside [0, " + out + ")");
        }
        int full = out / 4 * 4;
        int r = from;
        float[] part = null;
        while (r < Math.min(to, full)) {
            int g = r / 4;
            if (r % 4 == 0 && r + 4 <= to) { // whole groups straight into y
                int g1 = Math.min(to, full) / 4;
                for (; g < g1; g++) {
                    dot4(4 * g, x, 0, y, 4 * g);
                }
                r = 4 * g1;
                continue;
            }
            part = part == null ? new float[4] : part;
            dot4(4 * g, x, 0, part, 0);
            for (; r < Math.min(to, 4 * g + 4); r++) {
                y[r] = part[r - 4 * g];
            }
        }
        for (; r < to; r++) {
            y[r] = dot(r, x, 0);
        }
    }

    /** Rows 4·g0 … 4·g1 − 1 for every row of x (from four rows of x on: {@link Q8Tiles}, each weight converted once). */
    private void groups(int g0, int g1, float[] x, int m, float[] y) {
        if (m >= 4) {
            Q8Tiles.groups(q, scales, in, out, g0, g1, x, m, y);
            return;
        }
        for (int g = g0; g < g1; g++) {
            for (int r = 0; r < m; r++) {
                dot4(4 * g, x, r * in, y, r * out + 4 * g);
            }
        }
    }

    /** The rows after the last group of four. */
    private void tailRows(float[] x, int m, float[] y) {
        for (int o = out / 4 * 4; o < out; o++) {
            for (int r = 0; r < m; r++) {
                y[r * out + o] = dot(o, x, r * in);
            }
        }
    }

    /**
     * Rows o … o+3 of W times x at once: each x vector is loaded once for four rows, and the four
     * accumulators are independent chains (one row's chain alone leaves the FMA units waiting).
     */
    private void dot4(int o, float[] x, int xOff, float[] y, int yOff) {
        int lanes = F.length();
        int blocks = in / BLOCK;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0;
        int q0 = o * in; // the group's interleaved blocks start where its rows would
        int s0 = o * blocks;
        for (int b = 0; b < blocks; b++) {
            int base = b * BLOCK;
            FloatVector p0 = FloatVector.zero(F), p1 = p0, p2 = p0, p3 = p0;
            for (int j = 0; j < BLOCK; j += lanes) {
                FloatVector xv = FloatVector.fromArray(F, x, xOff + base + j);
                int qo = q0 + 4 * base + j;
                p0 = ((FloatVector) ByteVector.fromArray(B, q, qo).castShape(F, 0)).fma(xv, p0);
                p1 = ((FloatVector) ByteVector.fromArray(B, q, qo + BLOCK).castShape(F, 0)).fma(xv, p1);
                p2 = ((FloatVector) ByteVector.fromArray(B, q, qo + 2 * BLOCK).castShape(F, 0)).fma(xv, p2);
                p3 = ((FloatVector) ByteVector.fromArray(B, q, qo + 3 * BLOCK).castShape(F, 0)).fma(xv, p3);
            }
            a0 = p0.fma(FloatVector.broadcast(F, scales[s0 + b]), a0);
            a1 = p1.fma(FloatVector.broadcast(F, scales[s0 + blocks + b]), a1);
            a2 = p2.fma(FloatVector.broadcast(F, scales[s0 + 2 * blocks + b]), a2);
            a3 = p3.fma(FloatVector.broadcast(F, scales[s0 + 3 * blocks + b]), a3);
        }
        y[yOff] = a0.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        y[yOff + 1] = a1.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        y[yOff + 2] = a2.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        y[yOff + 3] = a3.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** Row {@code o} of W times x[xOff, xOff+in): per block Σ q·x with float lanes, times the block's scale. */
    private float dot(int o, float[] x, int xOff) {
        int lanes = F.length();
        FloatVector acc = FloatVector.zero(F);
        int qOff = o * in;
        int blocks = in / BLOCK;
        for (int b = 0; b < blocks; b++) {
            int base = b * BLOCK;
            FloatVector s = FloatVector.zero(F);
            for (int j = 0; j < BLOCK; j += lanes) {
                FloatVector w = (FloatVector) ByteVector.fromArray(B, q, qOff + base + j).castShape(F, 0);
                s = w.fma(FloatVector.fromArray(F, x, xOff + base + j), s);
            }
            acc = s.fma(FloatVector.broadcast(F, scales[o * blocks + b]), acc);
        }
        return acc.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** The naive twin of {@link #multiply}: dequantise and multiply, one thread. */
    public void multiplyScalar(float[] x, int m, float[] y) {
        for (int r = 0; r < m; r++) {
            for (int o = 0; o < out; o++) {
                double s = 0;
                for (int i = 0; i < in; i++) {
                    s += (double) get(o, i) * x[r * in + i];
                }
                y[r * out + o] = (float) s;
            }
        }
    }
}
