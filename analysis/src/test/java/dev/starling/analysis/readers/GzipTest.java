package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gzip is recognised by its magic bytes, whatever the name; a damaged stream keeps what came before. */
class GzipTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"x-v2-search.json", "tweets.js", "reddit-pushshift.jsonl", "mastodon-statuses.json",
            "bluesky-jetstream.jsonl", "posts.csv", "posts.txt"})
    void gzippedReadsLikePlainWhateverItIsCalled(String sample) throws IOException {
        Path gz = dir.resolve("sample.dat"); // no .gz: the content decides
        gzip(Files.readAllBytes(Samples.path(sample)), gz);
        Samples.Read plain = Samples.read(sample);
        Samples.Read unzipped = Samples.read(gz, ReadOptions.defaults());
        assertEquals(plain.format(), unzipped.format());
        assertEquals(plain.posts(), unzipped.posts());
        assertEquals(plain.report(), unzipped.report());
    }

    @Test
    void aPlainFileNamedGzIsReadAsPlain() throws IOException {
        Path f = dir.resolve("posts.txt.gz");
        Files.copy(Samples.path("posts.txt"), f);
        assertEquals(Samples.read("posts.txt").posts(), Samples.read(f, ReadOptions.defaults()).posts());
    }

    @Test
    void aTruncatedGzipFileYieldsWhatWasReadAndSaysSo() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            jsonl.append("{\"id\":\"").append(i).append("\",\"content\":\"<p>status ").append(i)
                    .append(" with some text to compress</p>\",\"account\":{\"id\":\"7\",\"acct\":\"a\"}}\n");
        }
        byte[] whole = gzipBytes(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 6 / 10));
        Samples.Read r = Samples.read(cut, ReadOptions.defaults());
        assertEquals("mastodon", r.format());
        assertTrue(r.report().damaged());
        assertTrue(r.posts().size() > 500 && r.posts().size() < 3000, "read up to the damage: " + r.posts().size());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.message().contains("gzip stream truncated")),
                r.report().warnings().toString());
        assertTrue(r.report().summary().contains("damaged"));
        for (int i = 0; i < r.posts().size(); i++) { // in order, none lost before the damage
            assertEquals(String.valueOf(i), r.posts().get(i).id());
        }
    }

    @Test
    void corruptGzipDataEndsTheReadWithAReport() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("post ").append(i).append(' ').append(Integer.toHexString(i * 7919)).append('\n');
        }
        byte[] gz = gzipBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        for (int k = gz.length / 2; k < gz.length / 2 + 64; k++) {
            gz[k] = (byte) ~gz[k];
        }
        Path f = dir.resolve("corrupt");
        Files.write(f, gz);
        Samples.Read r = Samples.read(f, ReadOptions.defaults());
        assertTrue(r.report().damaged());
        assertFalse(r.posts().isEmpty());
        Post first = r.posts().get(0);
        assertEquals("post 0 0", first.text());
    }

    private static void gzip(byte[] data, Path to) throws IOException {
        Files.write(to, gzipBytes(data));
    }

    private static byte[] gzipBytes(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bos)) {
            out.write(data);
        }
        return bos.toByteArray();
    }
}
