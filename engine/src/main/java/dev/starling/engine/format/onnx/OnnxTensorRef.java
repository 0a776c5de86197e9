package dev.starling.engine.format.onnx;

/**
 * Where an ONNX TensorProto lives in the file, decoded lazily: element type (ONNX's
 * TensorProto.DataType number), dims, and the byte range of {@code raw_data} or of the packed
 * typed field ({@code float_data}, {@code int64_data} …) that holds the values.
 */
record OnnxTensorRef(String name, int dataType, long[] dims, int from, int to, int field) {
    static final int FLOAT = 1;
    static final int INT32 = 6;
    static final int INT64 = 7;
    static final int FLOAT16 = 10;
    static final int DOUBLE = 11;
    static final int BFLOAT16 = 16;

    long elements() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }
}
