package dev.starling.engine.format.safetensors;

import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.DType;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.I8Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes tensors as a safetensors file, in the caller's map order with contiguous offsets, and
 * the header padded with spaces to a multiple of 8 bytes as the reference implementation does
 * (so every tensor's data starts 8-byte aligned in the file).
 *
 * <p>Storage types are written as stored: F32, F16 and BF16 directly. An {@link I8Storage} has no
 * safetensors equivalent, so it becomes two tensors: {@code name} (I8, the quantised values, in
 * the tensor's shape) and {@code name + ".scales"} (F32, one scale per block), with the block size
 * recorded in the metadata under {@code "starling.i8.block_size." + name}. Other readers see plain
 * I8 and F32 tensors; Starling's reader rebuilds the {@link I8Storage}.
 *
 * <p>The write is atomic: a temporary file in the target's directory is written, forced to disk
 * and moved over the target, so a crash never leaves a half-written checkpoint under the real name.
 */
public final class SafetensorsWriter {
    /** Suffix of the F32 companion tensor that holds an I8 tensor's per-block scales. */
    public static final String SCALES_SUFFIX = ".scales";
    /** Metadata key prefix (followed by the tensor name) recording an I8 tensor's block size. */
    public static final String BLOCK_SIZE_KEY_PREFIX = "starling.i8.block_size.";

    /** One stored tensor: its header fields and its elements (float[], short[] or byte[]). */
    record Part(String name, String dtype, long[] shape, Object elements, int length, int elementBytes) {
        long bytes() {
            return (long) length * elementBytes;
        }
    }

    private SafetensorsWriter() {
    }

    /**
     * Writes {@code tensors} (in iteration order; pass a {@link LinkedHashMap} for a stable file) and
     * {@code metadata} (may be empty or null) to {@code file}, replacing it atomically.
     *
     * @throws IllegalArgumentException for a tensor named {@code "__metadata__"}, or names that
     *         collide with an I8 tensor's companion entries
     */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata)
            throws IOException {
        Map<String, String> meta = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        List<Part> parts = parts(tensors, meta);
        byte[] header = SafetensorsHeaderWriter.header(parts, meta);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeAll(ch, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).flip());
                writeAll(ch, ByteBuffer.wrap(header));
                for (Part p : parts) {
                    writeElements(ch, p);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** ggml block types have no safetensors dtype; GGUF stores them natively. */
    private static IllegalArgumentException ggmlOnly(String name, DType type) {
        return new IllegalArgumentException("tensor '" + name + "' is " + type
                + ", which safetensors cannot hold: dequantise it (toF32) or write GGUF");
    }

    /** Expands tensors into stored parts, adding I8 companions and their metadata. */
    static List<Part> parts(Map<String, Tensor> tensors, Map<String, String> meta) {
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            String name = e.getKey();
            long[] shape = longs(e.getValue().shape().dims());
            switch (e.getValue().storage()) {
                case F32Storage s -> parts.add(new Part(name, "F32", shape, s.array(), s.array().length, 4));
                case F16Storage s -> parts.add(new Part(name, "F16", shape, s.bits(), s.bits().length, 2));
                case BF16Storage s -> parts.add(new Part(name, "BF16", shape, s.bits(), s.bits().length, 2));
                case I8Storage s -> {
                    parts.add(new Part(name, "I8", shape, s.values(), s.values().length, 1));
                    float[] scales = s.scales();
                    parts.add(new Part(name + SCALES_SUFFIX, "F32", new long[] {scales.length}, scales, scales.length, 4));
                    putNew(meta, BLOCK_SIZE_KEY_PREFIX + name, Integer.toString(s.blockSize()));
                }
                case Q8_0Storage s -> throw ggmlOnly(name, s.dtype());
                case Q4_0Storage s -> throw ggmlOnly(name, s.dtype());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Part p : parts) {
            if (p.name().equals(SafetensorsHeader.METADATA_KEY) || !seen.add(p.name())) {
                throw new IllegalArgumentException("tensor name '" + p.name() + "' is reserved or used twice"
                        + " (an I8 tensor also stores '<name>" + SCALES_SUFFIX + "')");
            }
        }
        return parts;
    }

    private static void putNew(Map<String, String> meta, String key, String value) {
        if (meta.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("metadata key '" + key + "' is reserved for I8 tensors");
        }
    }

    private static long[] longs(int[] dims) {
        long[] out = new long[dims.length];
        for (int k = 0; k < dims.length; k++) {
            out[k] = dims[k];
        }
        return out;
    }

    /** Streams elements little-endian through a 1 MiB buffer, so huge tensors need no second copy. */
    private static void writeElements(FileChannel ch, Part p) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = buf.capacity() / p.elementBytes();
        for (int from = 0; from < p.length(); from += perChunk) {
            int count = Math.min(perChunk, p.length() - from);
            buf.clear();
            switch (p.elements()) {
                case float[] a -> buf.asFloatBuffer().put(a, from, count);
                case short[] a -> buf.asShortBuffer().put(a, from, count);
                case byte[] a -> buf.put(0, a, from, count);
                default -> throw new IllegalStateException("unexpected element array " + p.elements().getClass());
            }
            writeAll(ch, buf.limit(count * p.elementBytes()));
        }
    }

    private static void writeAll(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /**
     * Makes the rename durable. Opening a directory for reading works on Linux and macOS; where the
     * platform refuses, the rename has still happened and only its durability is up to the OS.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform (e.g. Windows); see the method comment.
        }
    }
}
