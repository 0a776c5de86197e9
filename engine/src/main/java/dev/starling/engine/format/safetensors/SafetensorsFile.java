package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.I8Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Storage;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/**
 * An open safetensors file: a validated header plus the channel that tensor bytes are mapped
 * from. Each {@link #tensor} call copies into fresh heap storage, so returned tensors outlive
 * {@link #close}.
 */
final class SafetensorsFile implements WeightFile {
    private final Path path;
    private final FileChannel ch;
    private final SafetensorsHeader header;
    private final TensorDecoder decoder;

    private SafetensorsFile(Path path, FileChannel ch, SafetensorsHeader header) {
        this.path = path;
        this.ch = ch;
        this.header = header;
        this.decoder = new TensorDecoder(path, ch, header.dataStart());
    }

    static SafetensorsFile open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new SafetensorsFile(file, ch, SafetensorsHeader.read(file, ch));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public Path path() {
        return path;
    }

    /** Tensor names in header order; a quantised tensor's {@code .scales} companion is listed too. */
    @Override
    public Set<String> names() {
        return header.entries().keySet();
    }

    @Override
    public Map<String, String> metadata() {
        return header.metadata();
    }

    @Override
    public Tensor tensor(String name) {
        TensorEntry e = header.entries().get(name);
        if (e == null) {
            throw new WeightFormatException(path, "no tensor named '" + name + "'");
        }
        if (!ch.isOpen()) {
            throw new WeightFormatException(path, "file is closed; cannot read tensor '" + name + "'");
        }
        try {
            return new Tensor(shape(e), storage(e));
        } catch (IOException io) {
            throw new WeightFormatException(path, "cannot read tensor '" + name + "': " + io, io);
        }
    }

    private Shape shape(TensorEntry e) {
        try {
            return Shape.ofLongs(e.shape());
        } catch (ArithmeticException ex) {
            throw new WeightFormatException(path, "tensor '" + e.name() + "' has a dimension over "
                    + Integer.MAX_VALUE, ex);
        }
    }

    /** I8 with a {@code .scales} companion and a recorded block size is Starling's quantised layout. */
    private Storage storage(TensorEntry e) throws IOException {
        TensorEntry scales = header.entries().get(e.name() + SafetensorsWriter.SCALES_SUFFIX);
        String block = header.metadata().get(SafetensorsWriter.BLOCK_SIZE_KEY_PREFIX + e.name());
        if (e.dtype() != SafetensorsDType.I8 || scales == null || block == null
                || scales.dtype() != SafetensorsDType.F32) {
            return decoder.decode(e);
        }
        try {
            float[] s = decoder.floats(scales);
            return new I8Storage(decoder.bytes(e), s, Integer.parseInt(block));
        } catch (IllegalArgumentException ex) {
            throw new WeightFormatException(path, "quantised tensor '" + e.name() + "': block size '" + block
                    + "' and " + scales.elements() + " scales do not fit " + e.elements() + " values", ex);
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
