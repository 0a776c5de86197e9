package dev.starling.engine.autograd;

import dev.starling.engine.tensor.Tensor;

/** Normalisation layers over the last dimension, with their backward passes. */
public final class NormOps {
    private NormOps() {
    }

    /**
     * LayerNorm: y = (x − μ)/√(σ² + eps)·γ + β per row (biased variance). Forward on the kernel;
     * backward with x̂ = (x − μ)·r, g = dy·γ: dx = r·(g − mean(g) − x̂·mean(g·x̂)),
     * dγ += Σ_rows dy·x̂, dβ += Σ_rows dy.
     */
    public static Variable layerNorm(Tape t, Variable x, Variable gamma, Variable beta, float eps) {
        int c = gamma.size();
        int n = Matrices.rows(x, c);
        float[] y = new float[x.size()];
        t.kernels().layerNorm(x.data(), null, n, c, gamma.data(), beta.data(), eps, y);
        Variable o = t.output(Tensor.of(y, x.shape().dims()), t.records(x, gamma, beta));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    layerNormBackward(x, gamma, beta, eps, o.grad(), n, c);
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    private static void layerNormBackward(Variable x, Variable gamma, Variable beta, float eps, float[] dy, int n, int c) {
        float[] xs = x.data();
        float[] g = gamma.data();
        float[] dx = x.requiresGrad() ? x.grad() : null;
        float[] dg = gamma.requiresGrad() ? gamma.grad() : null;
        float[] db = beta.requiresGrad() ? beta.grad() : null;
        double[] xhat = new double[c];
        for (int r = 0; r < n; r++) {
            int o = r * c;
            double mean = 0;
            for (int j = 0; j < c; j++) {
                mean += xs[o + j];
            }
            mean /= c;
            double var = 0;
            for (int j = 0; j < c; j++) {
                double d = xs[o + j] - mean;
                var += d * d;
            }
            double rstd = 1.0 / Math.sqrt(var / c + eps);
            double meanG = 0;
            double meanGx = 0;
            for (int j = 0; j < c; j++) {
                xhat[j] = (xs[o + j] - mean) * rstd;
                double gj = dy[o + j] * g[j];
                meanG += gj;
                meanGx += gj * xhat[j];
                if (dg != null) {
                    dg[j] += (float) (dy[o + j] * xhat[j]);
                }
                if (db != null) {
                    db[j] += dy[o + j];
                }
            }
            if (dx != null) {
                meanG /= c;
                meanGx /= c;
                for (int j = 0; j < c; j++) {
                    dx[o + j] += (float) (rstd * (dy[o + j] * g[j] - meanG - xhat[j] * meanGx));
                }
            }
        }
    }

    /**
     * RMSNorm (Llama): y = x·r·γ with r = 1/√(mean(x²) + eps). Backward:
     * dx = r·(g − x·r²·mean(g·x)) with g = dy·γ; dγ += Σ_rows dy·x·r.
     */
    public static Variable rmsNorm(Tape t, Variable x, Variable gamma, float eps) {
        int c = gamma.size();
        int n = Matrices.rows(x, c);
        float[] xs = x.data();
        float[] g = gamma.data();
        float[] y = new float[xs.length];
        float[] rstd = new float[n];
        for (int r = 0; r < n; r++) {
            int o = r * c;
            double sq = 0;
            for (int j = 0; j < c; j++) {
                sq += (double) xs[o + j] * xs[o + j];
            }
            rstd[r] = (float) (1.0 / Math.sqrt(sq / c + eps));
            for (int j = 0; j < c; j++) {
                y[o + j] = xs[o + j] * rstd[r] * g[j];
            }
        }
        Variable o = t.output(Tensor.of(y, x.shape().dims()), t.records(x, gamma));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (!o.hasGrad()) {
                    return;
                }
                float[] dy = o.grad();
                float[] dx = x.requiresGrad() ? x.grad() : null;
                float[] dg = gamma.requiresGrad() ? gamma.grad() : null;
                for (int r = 0; r < n; r++) {
                    int off = r * c;
                    double meanGx = 0;
                    for (int j = 0; j < c; j++) {
                        meanGx += (double) dy[off + j] * g[j] * xs[off + j];
                        if (dg != null) {
                            dg[j] += dy[off + j] * xs[off + j] * rstd[r];
                        }
                    }
                    meanGx /= c;
                    if (dx != null) {
                        double rr = rstd[r];
                        for (int j = 0; j < c; j++) {
                            dx[off + j] += (float) (rr * (dy[off + j] * g[j] - xs[off + j] * rr * rr * meanGx));
                        }
                    }
                }
                o.releaseGrad();
            });
        }
        return o;
    }
}
