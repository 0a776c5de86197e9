package dev.starling.analysis.readers;

import java.io.IOException;

/**
 * One input format (X API v2, X archive, Reddit, Mastodon, Bluesky, CSV, plain text …), registered
 * through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.starling.analysis.readers.PostFormat}. {@link PostReaders} asks every
 * format to {@link #sniff} the first bytes and opens the input with the most confident one, unless
 * the caller names a format.
 */
public interface PostFormat {
    /** Short lower-case name used on the command line, e.g. {@code "mastodon"}. */
    String name();

    /** One line for {@code --help}: what the format is and which shapes of it are read. */
    String description();

    /**
     * How sure this format is that an input starting with {@code head} is its own, from 0 (not
     * mine) to 1 (certainly mine). {@code head} is the first few kilobytes after gzip decompression,
     * with any UTF-8 byte-order mark removed; it may end in the middle of a record or character.
     */
    double sniff(byte[] head);

    /**
     * Starts reading. Records that cannot be turned into posts are reported to
     * {@link ReadInput#log()} and skipped; only an input unreadable as a whole throws.
     */
    PostSource open(ReadInput input) throws IOException;
}
