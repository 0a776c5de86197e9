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
    I64(8),
    /** ggml Q8_0: blocks of 32 elements, an f16 scale d and 32 int8 quants; value = q·d. */
    Q8_0(32, 34),
    /** ggml Q4_0: blocks of 32 elements, an f16 scale d and 16 bytes of nibbles; value = (q − 8)·d. */
    Q4_0(32, 18);

    private final int blockSize;
    private final int blockBytes;

    DType(int bytes) {
        this(1, bytes);
    }

    DType(int blockSize, int blockBytes) {
        this.blockSize = blockSize;
        this.blockBytes = blockBytes;
    }

    /** Size of one element in bytes; block-quantised types have no whole per-element size. */
    public int bytes() {
        if (blockSize != 1) {
            throw new IllegalStateException(this + " is block-quantised: use blockBytes()/blockSize()");
        }
        return blockBytes;
    }

    /** Elements per quantisation block (1 for plain types). */
    public int blockSize() {
        return blockSize;
    }

    /** Bytes one block occupies in a file (ggml layout). */
    public int blockBytes() {
        return blockBytes;
    }

    /** Whether values are stored in blocks that share a scale. */
    public boolean quantised() {
        return blockSize != 1;
    }
}
