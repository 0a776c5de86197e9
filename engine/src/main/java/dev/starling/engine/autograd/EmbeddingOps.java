package dev.starling.engine.autograd;

import dev.starling.engine.tensor.Tensor;

/** Table lookups and row selections, whose backward passes scatter-add rows. */
public final class EmbeddingOps {
    private EmbeddingOps() {
    }

    /** out[i] = table[ids[i]]: [N, C] from a [V, C] table; backward adds dy rows into the table's gradient. */
    public static Variable embedding(Tape t, Variable table, int[] ids) {
        int c = table.dim(1);
        int v = table.dim(0);
        float[] out = new float[ids.length * c];
        for (int id : ids) {
            if (id < 0 || id >= v) {
                throw new IllegalArgumentException("id " + id + " outside the table's " + v + " rows");
            }
        }
        t.kernels().gather(table.data(), c, ids, out);
        Variable o = t.output(Tensor.of(out, ids.length, c), t.records(table));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    scatterAdd(o.grad(), ids, c, table.grad());
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** Rows {@code rows} of x [N, C] → [rows.length, C] (e.g. the masked positions for the MLM head). */
    public static Variable rows(Tape t, Variable x, int[] rows) {
        int c = x.dim(x.shape().rank() - 1);
        int n = Matrices.rows(x, c);
        float[] out = new float[rows.length * c];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= n) {
                throw new IllegalArgumentException("row " + rows[i] + " outside [0, " + n + ")");
            }
            System.arraycopy(x.data(), rows[i] * c, out, i * c, c);
        }
        Variable o = t.output(Tensor.of(out, rows.length, c), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    scatterAdd(o.grad(), rows, c, x.grad());
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    private static void scatterAdd(float[] dy, int[] index, int c, float[] target) {
        for (int i = 0; i < index.length; i++) {
            int src = i * c;
            int dst = index[i] * c;
            for (int j = 0; j < c; j++) {
                target[dst + j] += dy[src + j];
            }
        }
    }
}
