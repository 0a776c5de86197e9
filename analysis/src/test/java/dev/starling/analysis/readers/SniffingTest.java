package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The format is picked from the content; a named format overrides the guess. */
class SniffingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "x-v2-search.json, x-v2", "x-v2-stream.jsonl, x-v2", "tweets.js, x-archive",
            "reddit-pushshift.jsonl, reddit", "reddit-listing.json, reddit", "mastodon-statuses.json, mastodon",
            "bluesky-feed.json, bluesky", "bluesky-jetstream.jsonl, bluesky", "posts.csv, csv", "posts.tsv, csv",
            "posts-semicolon.csv, csv", "posts.txt, text"})
    void eachSampleIsRecognised(String sample, String format) throws IOException {
        try (PostStream s = PostReaders.open(Samples.path(sample), Optional.empty())) {
            assertEquals(format, s.format());
            assertTrue(s.hasNext(), "and read");
        }
        byte[] head = Files.readAllBytes(Samples.path(sample));
        assertEquals(format, PostReaders.detect(head).name());
    }

    @Test
    void registeredFormatsAreListed() {
        assertEquals(List.of("x-archive", "x-v2", "reddit", "mastodon", "bluesky", "csv", "text"), PostReaders.formatNames());
        PostReaders.formats().forEach(f -> assertFalse(f.description().isBlank(), f.name()));
        assertEquals("mastodon", PostReaders.format("Mastodon").orElseThrow().name());
    }

    @Test
    void aNamedFormatOverridesTheGuess() throws IOException {
        try (PostStream s = PostReaders.open(Samples.path("posts.csv"), Optional.of("text"))) {
            assertEquals("text", s.format());
            Post header = s.next();
            assertEquals("id,created_at,author,text,lang,likes,retweets,replies", header.text(), "the header is just a line now");
        }
    }

    @Test
    void anUnknownFormatNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostReaders.open(Samples.path("posts.txt"), Optional.of("myspace")));
        assertTrue(e.getMessage().contains("myspace") && e.getMessage().contains("x-archive, x-v2"), e.getMessage());
    }

    @Test
    void proseWithCommasIsNotCsv() throws IOException {
        Path f = dir.resolve("notes");
        Files.writeString(f, "Well, I think so, yes.\nNo, not really, no.\nMaybe, maybe, maybe.\n");
        try (PostStream s = PostReaders.open(f, Optional.empty())) {
            assertEquals("text", s.format());
        }
    }

    @Test
    void anEmptyFileIsEmptyText() throws IOException {
        Path f = dir.resolve("empty");
        Files.write(f, new byte[0]);
        Samples.Read r = Samples.read(f, ReadOptions.defaults());
        assertEquals("text", r.format());
        assertEquals(0, r.report().recordsRead());
    }
}
