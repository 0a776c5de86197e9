package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The X account archive's tweets.js: v1.1 fields, string counts, the owner as author. */
class XArchiveReaderTest {
    @Test
    void mapsV11FieldsAndCreditsTheDefaultOwner() throws IOException {
        Samples.Read r = Samples.read("tweets.js");
        assertEquals("x-archive", r.format());
        assertEquals(20, r.posts().size());
        Post first = r.byId("1050000000000000001");
        assertEquals("Just setting up my archive export & checking what's in it", first.text());
        assertEquals(Instant.parse("2018-10-10T20:19:24Z"), first.createdAt());
        assertEquals(new Author("archive-owner", "archive-owner", null, null), first.author());
        assertEquals(new Metrics(3L, 0L, null, null, null), first.metrics());
        Post reply = r.byId("1050000000000000002");
        assertEquals("1049999999999999999", reply.replyTo());
        assertEquals(List.of("jack_example"), reply.mentions());
        assertEquals(List.of("archives"), reply.hashtags());
        Post talk = r.byId("1050000000000000003");
        assertEquals(List.of("privacy", "gdpr"), talk.hashtags());
        assertEquals(List.of("https://example.com/talks/data-privacy-2018"), talk.urls());
        assertEquals(new Metrics(25L, 9L, null, null, null), talk.metrics());
        assertEquals(List.of(new Media("photo", "https://pbs.twimg.com/media/DtXyZabWsAAq1.jpg", null)),
                r.byId("1050000000000000004").media());
        assertEquals("zh", r.byId("1050000000000000006").language());
        assertEquals("مرحبا بالجميع، هذه تغريدة تجريبية", r.byId("1050000000000000007").text());
        assertEquals("Team photo 👩‍💻👨‍💻👩🏽‍🔬", r.byId("1050000000000000008").text());
        assertEquals("Coffee & code <3", r.byId("1050000000000000012").text());
        assertNull(r.byId("1050000000000000018").language(), "'und' is unknown");
    }

    @Test
    void ownerHandleCanBeGiven() throws IOException {
        Samples.Read r = Samples.read(Samples.path("tweets.js"), ReadOptions.defaults().withArchiveOwner("@grace_h"));
        assertEquals(new Author("grace_h", "grace_h", null, null), r.posts().get(0).author());
    }

    @Test
    void skipsWhatIsNotATweetWithElementIndexes() throws IOException {
        Samples.Read r = Samples.read("tweets.js");
        assertEquals(24, r.report().recordsRead());
        assertEquals(new Skip(new Location(379, 8), SkipKind.UNSUPPORTED, r.skipAt(379).detail()), r.skipAt(379));
        assertEquals(new Location(386, 9), r.skipAt(386).where());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(386).kind());
        assertEquals(new Location(420, 10), r.skipAt(420).where());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(420).kind());
        assertEquals(new Location(455, 11), r.skipAt(455).where());
        assertEquals(SkipKind.MALFORMED, r.skipAt(455).kind());
        assertEquals(4, r.report().skippedCount());
        // the elements after the broken one are all read
        assertEquals("Last tweet before vacation ✈️", r.byId("1050000000000000023").text());
    }
}
