package dev.starling.analysis.readers;

import dev.starling.analysis.readers.io.CharInput;
import dev.starling.analysis.readers.io.Inputs;
import dev.starling.analysis.readers.io.Utf8Reader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The entry point: opens a file of posts in any registered {@link PostFormat}, sniffing the format
 * from the content unless one is named. Gzip is undone transparently (recognised by its magic bytes),
 * invalid UTF-8 becomes U+FFFD with a warning, and bad records are skipped and reported in the
 * stream's {@link ReadReport}.
 *
 * <pre>{@code
 * try (PostStream posts = PostReaders.open(path, Optional.empty())) {
 *     posts.forEachRemaining(analysis::accept);
 *     System.err.println(posts.report().summary());
 * }
 * }</pre>
 */
public final class PostReaders {
    /** Bytes of decompressed content shown to {@link PostFormat#sniff}. */
    public static final int HEAD_BYTES = 16 * 1024;

    private PostReaders() {
    }

    /** Opens {@code file} in the named format, or in the sniffed one when {@code format} is empty. */
    public static PostStream open(Path file, Optional<String> format) throws IOException {
        return open(ByteSource.of(file), ReadOptions.defaults().withFormat(format.orElse(null)));
    }

    /** Opens {@code file} with full options (format, X archive owner, CSV columns). */
    public static PostStream open(Path file, ReadOptions options) throws IOException {
        return open(ByteSource.of(file), options);
    }

    /**
     * Opens any byte source. Throws {@link IllegalArgumentException} for an unknown format name and
     * {@link ReadException} when the input cannot be read in its format at all.
     */
    public static PostStream open(ByteSource source, ReadOptions options) throws IOException {
        PostFormat chosen = options.format() == null ? null : require(options.format());
        InputStream raw = source.open();
        try {
            DamageRelay damage = new DamageRelay();
            BufferedInputStream bytes = new BufferedInputStream(Inputs.decompressing(raw, damage), HEAD_BYTES * 2);
            byte[] head = head(bytes);
            PostFormat format = chosen != null ? chosen : detect(head);
            ReadLog log = new ReadLog(format.name());
            damage.attach(log);
            CharInput chars = new CharInput(new Utf8Reader(bytes, (line, n) ->
                    log.warn(line, "invalid UTF-8 (" + n + (n == 1 ? " byte" : " bytes") + ") replaced by U+FFFD")));
            ReadInput input = new ReadInput(chars, () -> quietly(source), options, log);
            PostSource posts = format.open(input);
            return new PostStream(format.name(), posts, log, chars);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Every registered format, in registration order (for {@code --help} and error messages). */
    public static List<PostFormat> formats() {
        return Registry.FORMATS;
    }

    /** The names of {@link #formats()}. */
    public static List<String> formatNames() {
        return formats().stream().map(PostFormat::name).toList();
    }

    /** The format called {@code name}, if registered. */
    public static Optional<PostFormat> format(String name) {
        return formats().stream().filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * The format most confident about content starting with {@code head} (decompressed bytes);
     * ties go to the one registered first. Plain text accepts anything, so there is always one.
     */
    public static PostFormat detect(byte[] head) {
        byte[] h = stripBom(head);
        PostFormat best = null;
        double bestScore = -1;
        for (PostFormat f : formats()) {
            double s = f.sniff(h);
            if (s > bestScore) {
                best = f;
                bestScore = s;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no post formats registered (META-INF/services missing?)");
        }
        return best;
    }

    private static PostFormat require(String name) {
        return format(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown input format '" + name + "'; known formats: " + String.join(", ", formatNames())));
    }

    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(HEAD_BYTES + 1);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }

    private static byte[] stripBom(byte[] b) {
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        return bom ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    private static CharInput quietly(ByteSource source) throws IOException {
        InputStream bytes = Inputs.decompressing(source.open(), message -> { });
        return new CharInput(new Utf8Reader(bytes, (line, n) -> { }));
    }

    /** Damage found while the head is read, before the log exists, is held and passed on. */
    private static final class DamageRelay implements Consumer<String> {
        private ReadLog target;
        private final List<String> early = new ArrayList<>();

        void attach(ReadLog log) {
            target = log;
            early.forEach(log::damaged);
            early.clear();
        }

        @Override
        public void accept(String message) {
            if (target == null) {
                early.add(message);
            } else {
                target.damaged(message);
            }
        }
    }

    private static final class Registry {
        static final List<PostFormat> FORMATS = load();

        private static List<PostFormat> load() {
            List<PostFormat> out = new ArrayList<>();
            ServiceLoader.load(PostFormat.class, PostReaders.class.getClassLoader()).forEach(out::add);
            return List.copyOf(out);
        }
    }
}
