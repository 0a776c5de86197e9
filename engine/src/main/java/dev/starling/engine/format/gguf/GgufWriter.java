package dev.starling.engine.format.gguf;

import dev.starling.engine.tensor.Tensor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes GGUF version 3 files: metadata in insertion order, then tensor infos, then the data section
 * with every tensor at a multiple of the alignment (ggml's layout, so llama.cpp reads the result).
 * Tensors are given in engine shape ([out, in]) and written with GGUF dims reversed. The file is
 * written to a temporary sibling and moved into place, so a crash never leaves half a file.
 *
 * <pre>{@code
 * new GgufWriter()
 *     .put("general.architecture", GgufValue.string("llama"))
 *     .tensor("token_embd.weight", embeddings)
 *     .write(path);
 * }</pre>
 */
public final class GgufWriter {
    private final Map<String, GgufValue> metadata = new LinkedHashMap<>();
    private final List<Entry> tensors = new ArrayList<>();
    private int alignment = GgufHeader.DEFAULT_ALIGNMENT;

    private record Entry(String name, long[] dims, GgmlType type, byte[] data) {
    }

    /** Adds (or replaces) a metadata value. {@code general.alignment} also sets the data alignment. */
    public GgufWriter put(String key, GgufValue value) {
        if (key.equals(GgufHeader.ALIGNMENT_KEY)) {
            if (value.type() != GgufValueType.UINT32 || Integer.bitCount((Integer) value.value()) != 1) {
                throw new IllegalArgumentException("general.alignment must be a UINT32 power of two");
            }
            alignment = (Integer) value.value();
        }
        metadata.put(key, value);
        return this;
    }

    /** Copies every metadata value of {@code m} (e.g. from a file read with {@link GgufFile}). */
    public GgufWriter putAll(GgufMetadata m) {
        m.asMap().forEach(this::put);
        return this;
    }

    /** Adds a tensor in its stored precision (F32, F16, BF16, Q8_0 or Q4_0). */
    public GgufWriter tensor(String name, Tensor t) {
        int[] shape = t.shape().dims();
        long[] dims = new long[Math.max(1, shape.length)];
        dims[0] = 1;
        for (int k = 0; k < shape.length; k++) {
            dims[k] = shape[shape.length - 1 - k];
        }
        return raw(name, dims, TensorCodec.typeOf(t.storage()), TensorCodec.encode(t.storage()));
    }

    /** Adds a tensor from bytes already in ggml layout, with dims in GGUF order. */
    public GgufWriter raw(String name, long[] dims, GgmlType type, byte[] data) {
        long elements = 1;
        for (long d : dims) {
            elements = Math.multiplyExact(elements, d);
        }
        if (dims.length < 1 || dims.length > GgufHeader.MAX_DIMS || dims[0] % type.blockSize() != 0
                || type.byteSize(elements) != data.length) {
            throw new IllegalArgumentException("tensor '" + name + "': " + data.length + " bytes do not hold "
                    + java.util.Arrays.toString(dims) + " " + type);
        }
        if (tensors.stream().anyMatch(e -> e.name.equals(name))) {
            throw new IllegalArgumentException("tensor '" + name + "' added twice");
        }
        tensors.add(new Entry(name, dims.clone(), type, data));
        return this;
    }

    /** Writes the file atomically. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writeTo(new LeOutput(os));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeTo(LeOutput out) throws IOException {
        out.i32(GgufHeader.MAGIC);
        out.i32(3);
        out.i64(tensors.size());
        out.i64(metadata.size());
        for (Map.Entry<String, GgufValue> e : metadata.entrySet()) {
            out.string(e.getKey());
            out.i32(e.getValue().type().id());
            ValueCodec.write(out, e.getValue());
        }
        long offset = 0;
        for (Entry t : tensors) {
            out.string(t.name);
            out.i32(t.dims.length);
            for (long d : t.dims) {
                out.i64(d);
            }
            out.i32(t.type.id());
            out.i64(offset);
            offset += padded(t.data.length);
        }
        if (!tensors.isEmpty()) {
            out.pad(alignment); // vocab-only files end without padding, as gguf-py writes them
        }
        for (Entry t : tensors) {
            out.bytes(t.data);
            out.pad(alignment);
        }
    }

    private long padded(long n) {
        return (n + alignment - 1) / alignment * alignment;
    }
}
