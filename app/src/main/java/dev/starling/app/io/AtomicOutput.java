package dev.starling.app.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only when complete: text goes to a temporary file beside the
 * target, which {@link #commit()} renames over it atomically. Closing without commit deletes the
 * temporary file, so a failed or interrupted run never leaves a truncated result (nor destroys
 * the previous one).
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
    }

    public Writer writer() {
        return writer;
    }

    /** Flushes, syncs and moves the temporary file into place. */
    public void commit() throws IOException {
        writer.flush();
        writer.close();
        try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
