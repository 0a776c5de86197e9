package dev.starling.engine.format.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed and validated GGUF header: magic {@code "GGUF"}, uint32 version, uint64 tensor count,
 * uint64 metadata count, the key/value pairs, the tensor infos, then padding up to
 * {@code general.alignment} (default 32) where the data section starts. After {@link #read}
 * returns, every tensor lies inside the file at an aligned offset, so reads can trust the infos.
 */
record GgufHeader(int version, GgufMetadata metadata, List<GgufTensorInfo> tensors, int alignment, long dataStart) {
    static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
    static final String ALIGNMENT_KEY = "general.alignment";
    static final int DEFAULT_ALIGNMENT = 32;
    /** ggml's GGML_MAX_DIMS. */
    static final int MAX_DIMS = 4;

    static GgufHeader read(HeaderReader in) throws IOException {
        if (in.size() < 4 || in.i32("magic") != MAGIC) {
            throw in.error("not a GGUF file (the first 4 bytes are not \"GGUF\")");
        }
        int version = in.i32("version");
        if (version == 1) {
            throw in.error("GGUF version 1 (32-bit counts, 2023) is not supported; re-convert the model");
        }
        if (version != 2 && version != 3) {
            String hint = Integer.reverseBytes(version) == 3 || Integer.reverseBytes(version) == 2
                    ? " (a big-endian GGUF file, which Starling does not read)" : "";
            throw in.error("unsupported GGUF version " + Integer.toUnsignedString(version) + hint);
        }
        // A tensor info takes at least 8 (name length) + 4 (n_dims) + 4 (type) + 8 (offset) bytes,
        // a key/value pair at least 8 (key length) + 4 (type) + 1 (value).
        int tensorCount = in.count("tensor count", 24);
        int kvCount = in.count("metadata count", 13);
        GgufMetadata metadata = new GgufMetadata(in.file().toString(), readMetadata(in, kvCount));
        List<GgufTensorInfo> tensors = new ArrayList<>(Math.min(tensorCount, 1 << 16));
        Set<String> names = new HashSet<>();
        for (int t = 0; t < tensorCount; t++) {
            GgufTensorInfo info = readTensorInfo(in, t);
            if (!names.add(info.name())) {
                throw in.error("tensor name '" + info.name() + "' appears twice");
            }
            tensors.add(info);
        }
        int alignment = alignment(in, metadata);
        // Vocab-only files (no tensors) end right after the header, without padding.
        if (!tensors.isEmpty()) {
            in.align(alignment, "data section");
        }
        long dataStart = in.position();
        validateLayout(in, tensors, alignment, dataStart);
        return new GgufHeader(version, metadata, List.copyOf(tensors), alignment, dataStart);
    }

    private static Map<String, GgufValue> readMetadata(HeaderReader in, int count) throws IOException {
        Map<String, GgufValue> out = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            String key = in.string("metadata key #" + k);
            long at = in.position();
            GgufValueType type = GgufValueType.byId(Integer.toUnsignedLong(in.i32("type of '" + key + "'")))
                    .orElseThrow(() -> in.error("metadata key '" + key + "' has an unknown value type at offset " + at));
            GgufValue v = ValueCodec.read(in, key, type);
            if (out.put(key, v) != null) {
                throw in.error("metadata key '" + key + "' appears twice");
            }
        }
        return out;
    }

    private static GgufTensorInfo readTensorInfo(HeaderReader in, int t) throws IOException {
        String name = in.string("name of tensor #" + t);
        int nDims = in.i32("dimension count of '" + name + "'");
        if (nDims < 1 || nDims > MAX_DIMS) {
            throw in.error("tensor '" + name + "' has " + Integer.toUnsignedString(nDims)
                    + " dimensions; GGUF allows 1 to " + MAX_DIMS);
        }
        long[] dims = new long[nDims];
        long elements = 1;
        for (int d = 0; d < nDims; d++) {
            dims[d] = in.i64("dimension of '" + name + "'");
            if (dims[d] < 0 || (dims[d] != 0 && elements > Long.MAX_VALUE / dims[d])) {
                throw in.error("tensor '" + name + "' has an impossible dimension " + Long.toUnsignedString(dims[d]));
            }
            elements *= dims[d];
        }
        long typeId = Integer.toUnsignedLong(in.i32("type of '" + name + "'"));
        GgmlType type = GgmlType.byId(typeId)
                .orElseThrow(() -> in.error("tensor '" + name + "' has unknown ggml type " + typeId));
        if (dims[0] % type.blockSize() != 0 || type.byteSize(elements) < 0) {
            throw in.error("tensor '" + name + "': its first dimension " + dims[0] + " is not a multiple of the "
                    + type + " block size " + type.blockSize() + " (or its size overflows)");
        }
        long offset = in.i64("data offset of '" + name + "'");
        return new GgufTensorInfo(name, dims, type, offset);
    }

    private static int alignment(HeaderReader in, GgufMetadata metadata) {
        GgufValue v = metadata.value(ALIGNMENT_KEY).orElse(null);
        if (v == null) {
            return DEFAULT_ALIGNMENT;
        }
        if (v.type() != GgufValueType.UINT32 && v.type() != GgufValueType.INT32) {
            throw in.error(ALIGNMENT_KEY + " must be a UINT32, got " + v.type());
        }
        int a = (Integer) v.value();
        if (a <= 0 || Integer.bitCount(a) != 1 || a > (1 << 20)) {
            throw in.error(ALIGNMENT_KEY + " must be a power of two up to 2^20, got " + Integer.toUnsignedString(a));
        }
        return a;
    }

    private static void validateLayout(HeaderReader in, List<GgufTensorInfo> tensors, int alignment, long dataStart) {
        long dataBytes = in.size() - dataStart;
        for (GgufTensorInfo t : tensors) {
            long bytes = t.byteSize();
            if (t.offset() < 0 || t.offset() % alignment != 0) {
                throw in.error("tensor '" + t.name() + "' has offset " + Long.toUnsignedString(t.offset())
                        + ", not a multiple of the alignment " + alignment);
            }
            // Writers (ggml, gguf-py, ours) pad after every tensor, the last one included, and ggml's
            // reader reads the padded size: a file shorter than that is truncated.
            long padded = (bytes + alignment - 1) / alignment * alignment;
            if (t.offset() > dataBytes || padded > dataBytes - t.offset()) {
                throw in.error("tensor '" + t.name() + "' (" + bytes + " bytes at data offset " + t.offset()
                        + ", padded to " + padded + ") runs past the end of the file: the data section has "
                        + dataBytes + " bytes (truncated?)");
            }
        }
    }

    /** A little-endian view of {@code bytes} (for callers that decode arrays in bulk). */
    static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
