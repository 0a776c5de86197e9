package dev.starling.app.topics;

import dev.starling.analysis.lang.LanguageIdentifier;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.PostAnalyzer;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.analysis.text.SocialTextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Posts read from files (format sniffed) or handed over from the store, protected, normalised and
 * language-tagged in batches (no classification), then turned into topic {@link TopicRun.Item}s
 * lazily: a streaming topic run never holds the whole corpus.
 */
final class PostItems implements Iterator<TopicRun.Item>, AutoCloseable {
    private static final int BATCH = 256;
    private final PostAnalyzer analyzer;
    private final Iterator<Path> files;
    private final Iterator<Post> given;
    private final Optional<String> format;
    private final ArrayDeque<TopicRun.Item> ready = new ArrayDeque<>();
    private PostStream current;
    private long skipped;

    private PostItems(PrivacyFilter privacy, Iterator<Path> files, Iterator<Post> given, Optional<String> format) {
        this.analyzer = new PostAnalyzer(privacy, SocialTextNormalizer.standard(), LanguageIdentifier.forSocialText(),
                List.of(), List.of(), null);
        this.files = files;
        this.given = given;
        this.format = format;
    }

    static PostItems ofFiles(PrivacyFilter privacy, List<Path> inputs, Optional<String> format) {
        return new PostItems(privacy, inputs.iterator(), null, format);
    }

    static PostItems ofPosts(PrivacyFilter privacy, List<Post> posts) {
        return new PostItems(privacy, List.<Path>of().iterator(), posts.iterator(), Optional.empty());
    }

    /** Records the readers skipped (malformed) so far. */
    long skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            List<Post> batch = nextBatch();
            if (batch.isEmpty()) {
                return false;
            }
            for (AnalyzedPost a : analyzer.analyze(batch)) {
                ready.add(TopicRun.Item.of(a));
            }
        }
        return true;
    }

    @Override
    public TopicRun.Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private List<Post> nextBatch() {
        List<Post> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH) {
            Iterator<Post> source = source();
            if (source == null) {
                break;
            }
            batch.add(source.next());
        }
        return batch;
    }

    /** The iterator with a post left, opening the next file when one is used up; null at the end. */
    private Iterator<Post> source() {
        if (given != null) {
            return given.hasNext() ? given : null;
        }
        while (current == null || !current.hasNext()) {
            if (current != null) {
                skipped += current.report().skippedCount();
                current.close();
                current = null;
            }
            if (!files.hasNext()) {
                return null;
            }
            Path file = files.next();
            try {
                current = PostReaders.open(file, format);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        return current;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
