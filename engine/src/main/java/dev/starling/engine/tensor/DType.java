package dev.starling.engine.tensor;

/**
 * Element types a {@link Storage} can hold. Float32 is what the kernels compute in today; the
 * half-precision and integer types are storage formats that widen to float on access, so a
 * quantised or half-precision checkpoint needs a new storage class, not a new tensor class.
 */
public enum DType {
    F32(4),
    F16(2),
    BF16(2),
    I8(1),
    I32(4),
    I64(8);

    private final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    /** Size of one element in bytes. */
    public int bytes() {
        return bytes;
    }
}
