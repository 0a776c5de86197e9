package dev.starling.engine.ops;

/** Element-wise functions that kernels can fuse into the epilogue of a matrix product. */
public enum Activation {
    /** Identity. */
    NONE,
    /** GELU with the exact error function: x · ½(1 + erf(x/√2)) (BERT, MiniLM). */
    GELU;

    /** Reference (double precision) value of this activation. */
    public double apply(double x) {
        return switch (this) {
            case NONE -> x;
            case GELU -> 0.5 * x * (1.0 + Erf.erf(x / Math.sqrt(2.0)));
        };
    }
}
