package dev.starling.analysis.readers;

import dev.starling.analysis.readers.io.CharInput;

import java.io.IOException;

/** What a {@link PostFormat} reads from: the decoded characters, the options and the log. */
public final class ReadInput {
    /** Opens the content again from the start, without reporting decoding problems a second time. */
    @FunctionalInterface
    interface Reopener {
        CharInput reopen() throws IOException;
    }

    private final CharInput chars;
    private final Reopener reopener;
    private final ReadOptions options;
    private final ReadLog log;

    ReadInput(CharInput chars, Reopener reopener, ReadOptions options, ReadLog log) {
        this.chars = chars;
        this.reopener = reopener;
        this.options = options;
        this.log = log;
    }

    /** The content: decompressed, decoded from UTF-8, byte-order mark removed. */
    public CharInput chars() {
        return chars;
    }

    /**
     * A second, independent pass over the same content from the start, for formats that must look
     * ahead further than memory allows (the caller closes it). Its decoding problems are not logged:
     * the main pass through {@link #chars()} reports them. Throws when the source cannot be reopened.
     */
    public CharInput reread() throws IOException {
        return reopener.reopen();
    }

    public ReadOptions options() {
        return options;
    }

    public ReadLog log() {
        return log;
    }
}
