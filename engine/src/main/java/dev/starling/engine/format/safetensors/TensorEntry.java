package dev.starling.engine.format.safetensors;

/**
 * One tensor's header entry: dtype, shape (outermost first) and its byte range
 * {@code [begin, end)} relative to the start of the data buffer.
 */
record TensorEntry(String name, SafetensorsDType dtype, long[] shape, long begin, long end) {
    /** Number of elements, or -1 when the product of the dimensions overflows a long. */
    long elements() {
        long n = 1;
        for (long d : shape) {
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    /** Bytes that dtype × shape needs, or -1 on overflow. */
    long expectedBytes() {
        long n = elements();
        if (n < 0 || n > Long.MAX_VALUE / dtype.size()) {
            return -1;
        }
        return n * dtype.size();
    }
}
