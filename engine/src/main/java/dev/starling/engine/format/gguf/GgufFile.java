package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Storage;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open GGUF file (versions 2 and 3, little-endian). {@link #open} reads and validates the whole
 * header; tensor bytes stay on disk and are memory-mapped ({@link FileChannel#map}) when a tensor is
 * asked for. Tensors returned by {@link #tensor} are heap copies and outlive {@link #close}.
 *
 * <pre>{@code
 * try (GgufFile gguf = GgufFile.open(path)) {
 *     String[] tokens = gguf.metadata().getStringArray("tokenizer.ggml.tokens");
 *     Tensor wq = gguf.tensor("blk.0.attn_q.weight");   // [out, in], Q8_0 stays Q8_0
 * }
 * }</pre>
 */
public final class GgufFile implements AutoCloseable {
    private final Path path;
    private final FileChannel ch;
    private final GgufHeader header;
    private final Map<String, GgufTensorInfo> byName = new LinkedHashMap<>();

    private GgufFile(Path path, FileChannel ch, GgufHeader header) {
        this.path = path;
        this.ch = ch;
        this.header = header;
        header.tensors().forEach(t -> byName.put(t.name(), t));
    }

    /** Opens {@code file} and validates its header; throws {@link WeightFormatException} when it is not valid GGUF. */
    public static GgufFile open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new GgufFile(file, ch, GgufHeader.read(new HeaderReader(file, ch)));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /** The format version (2 or 3). */
    public int version() {
        return header.version();
    }

    /** Data alignment in bytes ({@code general.alignment}, default 32). */
    public int alignment() {
        return header.alignment();
    }

    /** File offset where the data section (tensor offset 0) starts. */
    public long dataStart() {
        return header.dataStart();
    }

    public GgufMetadata metadata() {
        return header.metadata();
    }

    /** Tensor infos in file order. */
    public List<GgufTensorInfo> tensors() {
        return header.tensors();
    }

    public boolean hasTensor(String name) {
        return byName.containsKey(name);
    }

    public GgufTensorInfo tensorInfo(String name) {
        GgufTensorInfo t = byName.get(name);
        if (t == null) {
            throw new WeightFormatException(path, "no tensor named '" + name + "'");
        }
        return t;
    }

    /**
     * The tensor with its engine shape (GGUF dims reversed: a ggml {@code [in, out]} matrix becomes
     * {@code [out, in]}) and its stored precision: F32, F16, BF16, Q8_0 and Q4_0 storages as stored;
     * Q4_K and Q6_K dequantised to F32 (no block storage for them yet). Other types throw.
     */
    public Tensor tensor(String name) {
        GgufTensorInfo t = tensorInfo(name);
        Storage s = TensorCodec.decode(t.type(), raw(t), elements(t))
                .orElseThrow(() -> new WeightFormatException(path, "tensor '" + name + "' is " + t.type()
                        + ", which Starling cannot decode (supported: F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K)"));
        return new Tensor(shape(t), s);
    }

    /** The tensor dequantised (or widened) to float32. */
    public Tensor tensorF32(String name) {
        return tensor(name).toF32();
    }

    /**
     * The tensor's bytes exactly as stored (ggml layout, little-endian), as a read-only view of the
     * memory-mapped file; valid until {@link #close}. For tensors of any size up to 2 GiB.
     */
    public ByteBuffer rawBytes(String name) {
        return raw(tensorInfo(name));
    }

    private ByteBuffer raw(GgufTensorInfo t) {
        long bytes = t.byteSize();
        if (bytes > Integer.MAX_VALUE) {
            throw new WeightFormatException(path, "tensor '" + t.name() + "' has " + bytes
                    + " bytes; tensors over 2 GiB cannot be mapped as one buffer");
        }
        if (!ch.isOpen()) {
            throw new WeightFormatException(path, "file is closed; cannot read tensor '" + t.name() + "'");
        }
        try {
            return ch.map(FileChannel.MapMode.READ_ONLY, header.dataStart() + t.offset(), bytes)
                    .order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new WeightFormatException(path, "cannot map tensor '" + t.name() + "': " + e, e);
        }
    }

    private int elements(GgufTensorInfo t) {
        long n = t.elements();
        if (n > HeaderReader.MAX_ARRAY) {
            throw new WeightFormatException(path, "tensor '" + t.name() + "' has " + n
                    + " elements, more than a Java array holds; read it with rawBytes");
        }
        return (int) n;
    }

    private Shape shape(GgufTensorInfo t) {
        try {
            return t.shape();
        } catch (ArithmeticException e) {
            throw new WeightFormatException(path, "tensor '" + t.name() + "' has a dimension over "
                    + Integer.MAX_VALUE, e);
        }
    }

    @Override
    public void close() {
        try {
            ch.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + path, e);
        }
    }
}
