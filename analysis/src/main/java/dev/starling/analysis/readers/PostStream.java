package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Posts read one at a time from an input, in input order, in memory bounded by the largest record
 * (never the file). Close it (try-with-resources) to release the file. {@link #report()} tells what
 * was read and skipped so far; it is complete once {@link #hasNext()} has returned false.
 * An I/O failure of the underlying file surfaces as {@link UncheckedIOException}; bad records never do.
 */
public final class PostStream implements Iterator<Post>, AutoCloseable {
    private final String format;
    private final PostSource source;
    private final ReadLog log;
    private final Closeable resource;
    private Post next;
    private boolean done;

    PostStream(String format, PostSource source, ReadLog log, Closeable resource) {
        this.format = format;
        this.source = source;
        this.log = log;
        this.resource = resource;
    }

    /** The name of the format reading the input (sniffed or given). */
    public String format() {
        return format;
    }

    /** The tally so far: records read, posts produced, skips and warnings. */
    public ReadReport report() {
        return log.snapshot();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = source.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Post next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Post p = next;
        next = null;
        log.produced();
        return p;
    }

    /** The remaining posts as a sequential stream; closing the stream closes this. */
    public Stream<Post> stream() {
        Spliterator<Post> s = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(s, false).onClose(this::close);
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
