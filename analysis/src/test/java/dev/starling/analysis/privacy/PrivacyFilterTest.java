package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.engine.json.JsonWriter;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PrivacyFilterTest {
    private final PrivacyFilter filter = new PrivacyFilter(PrivacyPolicy.defaults(),
            new Pseudonymizer(PseudonymKey.of(PseudonymizerTest.KEY_1)), CompositeDetector.standard());

    // Canaries: unique personal data planted in every field that can carry it. The numbers are valid
    // by construction (Luhn, mod-97), so they are only removed if the detectors really catch them.
    private static final String CARD_1 = Valid.spaced(Valid.luhn("400007105000000"));
    private static final String CARD_2 = Valid.spaced(Valid.luhn("550000750400000"));
    private static final String IBAN = Valid.spaced(Valid.iban("DE", "750300000000000000"));

    private static final String TEXT = "Ping @CANARY_handle_7202 and @Canary_Text_7101 at canary.text.7102@example.org or "
            + "+44 20 7946 7103; card " + CARD_1 + " 请联系客服";
    private static final String DISPLAY_NAME = "Sam ☎ +33 6 12 34 72 04 / canary.dn.7205@example.fr";
    private static final List<String> MENTIONS = List.of("Canary_Mention_7301", "canary_handle_7202",
            "canary_fedi_7302@mastodon.example");
    private static final List<String> URLS = List.of("https://example.com/cb?access_token=CanaryToken7401&lang=en",
            "http://203.0.113.74/admin?sig=CanarySig7402");
    private static final Media MEDIA = new Media("photo", "https://cdn.example.com/a.jpg?X-Amz-Signature=CanarySig7501",
            "Screenshot: IBAN " + IBAN + ", card " + CARD_2 + ", server 2001:db8::7502");

    private static final List<String> CANARIES = List.of("7101", "7102", "7103", "canary-author-7201", "7202",
            "7204", "7205", "7301", "7302", "CanaryToken7401", "203.0.113.74", "CanarySig7402", "CanarySig7501",
            "2001:db8::7502", CARD_1, CARD_2, IBAN, digits(CARD_1), digits(CARD_2), IBAN.replace(" ", ""),
            "33612347204", "442079467103");

    static Post canaryPost() {
        return new Post("1861234567890123456", Platform.X,
                new Author("canary-author-7201", "Canary_Handle_7202", DISPLAY_NAME, 4321L),
                Instant.parse("2024-11-28T10:30:00Z"), TEXT, "en", "1861234567890123000", "1861234567890122000",
                null, new Metrics(5L, 6L, 7L, 8L, 9L), List.of("privacy", "GDPR"), MENTIONS, URLS, List.of(MEDIA));
    }

    @Test
    void noCanarySurvivesProtectionInAnyField() {
        Post original = canaryPost();
        String before = JsonWriter.write(asJson(original)) + original;
        for (String c : CANARIES) {
            assertTrue(before.contains(c) || squeezed(before).contains(c) || digits(before).contains(c),
                    "precondition: canary " + c + " planted");
        }

        ProtectedPost safe = filter.protectCounted(original);
        String json = JsonWriter.write(asJson(safe.post()));
        String string = safe.post().toString();
        for (String out : List.of(json, string)) {
            for (String c : CANARIES) {
                assertFalse(out.contains(c) || squeezed(out).contains(squeezed(c)), "canary " + c + " survived in " + out);
                assertFalse(digits(out).contains(digits(c)) && digits(c).length() >= 8,
                        "canary digits of " + c + " survived in " + out);
            }
        }
        assertEquals(2, safe.count(PiiType.CARD));
        assertEquals(1, safe.count(PiiType.IBAN));
        assertEquals(2, safe.count(PiiType.EMAIL));
        assertEquals(2, safe.count(PiiType.PHONE));
        assertEquals(2, safe.count(PiiType.IP));
        assertEquals(3, safe.count(PiiType.URL_SECRET));
        assertEquals(1, safe.count(PiiType.AUTHOR_ID));
        assertEquals(2 + 1 + 3, safe.count(PiiType.HANDLE), "two in text, the author's, three mentions");
    }

    @Test
    void postLinksMetricsAndTimesAreKept() {
        Post original = canaryPost();
        Post safe = filter.protect(original);
        assertEquals(original.id(), safe.id());
        assertEquals(original.platform(), safe.platform());
        assertEquals(original.createdAt(), safe.createdAt());
        assertEquals(original.language(), safe.language());
        assertEquals(original.replyTo(), safe.replyTo());
        assertEquals(original.quoteOf(), safe.quoteOf());
        assertEquals(original.repostOf(), safe.repostOf());
        assertEquals(original.metrics(), safe.metrics());
        assertEquals(original.hashtags(), safe.hashtags());
        assertEquals(4321L, safe.author().followers());
        assertEquals("photo", safe.media().getFirst().type());
        assertTrue(safe.text().endsWith("请联系客服"), safe.text());
        assertTrue(safe.urls().getFirst().startsWith("https://example.com/cb?access_token=[SECRET]&lang=en"), safe.urls().getFirst());
        assertTrue(safe.author().displayName().startsWith("Sam ☎ [PHONE] / [EMAIL]"), safe.author().displayName());
    }

    @Test
    void oneAccountGetsOnePseudonymInTextMentionsAndAuthor() {
        Post safe = filter.protect(canaryPost());
        String handle = safe.author().handle();
        assertTrue(handle.matches("user_[0-9a-f]{12}"), handle);
        assertTrue(safe.text().startsWith("Ping @" + handle + " and @user_"), safe.text());
        assertEquals(handle, safe.mentions().get(1));
        assertNotEquals(handle, safe.mentions().getFirst(), "another account, another pseudonym");
        assertTrue(safe.author().id().matches("user_[0-9a-f]{12}"));
    }

    @Test
    void unknownAuthorAndMissingFieldsPassThrough() {
        Post bare = Post.of("1", Platform.TEXT, "nothing personal here, version 1.2.3.4.5 on 2024-11-28")
                .withEntities(null, null, null, List.of(new Media("photo", null, null)));
        ProtectedPost p = filter.protectCounted(bare);
        assertEquals(bare, p.post());
        assertEquals(Map.of(), p.counts());
        assertEquals("unknown", p.post().author().id());
        assertNull(p.post().author().handle());
    }

    @Test
    void applyCountsPerType() {
        Redaction r = filter.apply("mail a@b.io and c@d.io, call +1 (415) 555-0132, thx @x");
        assertEquals(2, r.count(PiiType.EMAIL));
        assertEquals(1, r.count(PiiType.PHONE));
        assertEquals(1, r.count(PiiType.HANDLE));
        assertEquals(0, r.count(PiiType.CARD));
        assertEquals(4, r.total());
        assertTrue(r.text().startsWith("mail [EMAIL] and [EMAIL], call [PHONE], thx @user_"), r.text());
    }

    @Test
    void concurrentUseGivesTheSameResultsAsSequentialUse() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            posts.add(new Post("p" + k, Platform.X, new Author("id" + k, "User_" + (k % 17), "N " + k, null), null,
                    "hi @Friend_" + (k % 13) + " mail me" + k + "@example.com " + Valid.spaced(Valid.luhn("4000" + String.format("%011d", k))),
                    null, null, null, null, null, null, List.of("friend_" + (k % 13)), null, null));
        }
        List<Post> sequential = posts.stream().map(filter::protect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Post>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> posts.stream().map(filter::protect).toList()));
            }
            for (Future<List<Post>> run : runs) {
                assertEquals(sequential, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sequential.stream().noneMatch(p -> p.text().contains("@example.com")));
    }

    /** A record as nested maps, component by component, so that JSON output covers every field. */
    static Object asJson(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(PrivacyFilterTest::asJson).toList();
        }
        if (v instanceof Record r) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    m.put(rc.getName(), asJson(rc.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return m;
        }
        return v.toString(); // Instant, Platform
    }

    private static String squeezed(String s) {
        return s.replace(" ", "");
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }
}
