package dev.starling.analysis.sample;

import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each committed file follows its platform's public schema, and entity offsets slice exactly. */
class SampleFormatsTest {
    private static Path dir;
    private static Map<String, Object> manifest;

    @BeforeAll
    static void load() throws IOException {
        dir = SampleReader.committed();
        manifest = SampleReader.manifest(dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyJsonlLineParsesExceptTheListedMalformedOnes() throws IOException {
        for (String file : List.of("x-api-v2.jsonl", "reddit-pushshift.jsonl", "bluesky-feed.jsonl")) {
            Set<Long> bad = SampleReader.malformedLines(manifest, file);
            assertTrue(bad.size() >= 2 && bad.size() <= 3, file + " has 2-3 malformed records, has " + bad.size());
            List<String> lines = SampleReader.lines(dir.resolve(file));
            int truncated = 0;
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                if (!bad.contains((long) k + 1)) {
                    assertInstanceOf(Map.class, Json.parse(line), file + ":" + (k + 1));
                    continue;
                }
                String problem = problem(file, k + 1);
                if (problem.startsWith("truncated")) {
                    truncated++;
                    assertThrows(JsonException.class, () -> Json.parse(line), file + ":" + (k + 1) + " should not parse");
                } else {
                    Map<String, Object> doc = Json.parseObject(line);
                    assertFalse(hasText(file, doc), file + ":" + (k + 1) + " (" + problem + ") must lack a well-typed text or time");
                }
            }
            assertEquals(1, truncated, file + " has one truncated line");
        }
    }

    /** A record a reader can use: text and time present with the right types. */
    @SuppressWarnings("unchecked")
    private static boolean hasText(String file, Map<String, Object> doc) {
        return switch (file) {
            case "x-api-v2.jsonl" -> {
                Map<String, Object> t = ((List<Map<String, Object>>) doc.get("data")).get(0);
                yield t.get("text") instanceof String && t.get("created_at") instanceof String
                        && t.get("public_metrics") instanceof Map;
            }
            case "reddit-pushshift.jsonl" -> (doc.get("body") instanceof String || doc.get("title") instanceof String)
                    && doc.get("created_utc") instanceof Long && doc.get("score") instanceof Long;
            default -> doc.get("record") instanceof Map<?, ?> r && r.get("text") instanceof String
                    && doc.get("likeCount") instanceof Long;
        };
    }

    @SuppressWarnings("unchecked")
    private static String problem(String file, long line) {
        for (Map<String, Object> m : (List<Map<String, Object>>) SampleReader.fileEntry(manifest, file).get("malformed")) {
            if (m.get("line").equals(line)) {
                return (String) m.get("problem");
            }
        }
        throw new AssertionError("no problem listed for " + file + ":" + line);
    }

    @Test
    @SuppressWarnings("unchecked")
    void xApiEntityOffsetsAreCodePointsIntoTheText() throws IOException {
        int checked = 0;
        int beyondBmpOrEmojiFirst = 0;
        for (Map<String, Object> t : SampleReader.xApiTweets(dir, manifest)) {
            String text = (String) t.get("text");
            Map<String, Object> entities = (Map<String, Object>) t.getOrDefault("entities", Map.of());
            for (Map<String, Object> h : (List<Map<String, Object>>) entities.getOrDefault("hashtags", List.of())) {
                assertEquals("#" + h.get("tag"), codePoints(text, h.get("start"), h.get("end")), text);
                checked++;
                beyondBmpOrEmojiFirst += shifted(text, h.get("start")) ? 1 : 0;
            }
            for (Map<String, Object> m : (List<Map<String, Object>>) entities.getOrDefault("mentions", List.of())) {
                assertEquals("@" + m.get("username"), codePoints(text, m.get("start"), m.get("end")), text);
                checked++;
            }
            for (Map<String, Object> u : (List<Map<String, Object>>) entities.getOrDefault("urls", List.of())) {
                assertEquals(u.get("url"), codePoints(text, u.get("start"), u.get("end")), text);
                assertTrue(((String) u.get("url")).matches("https://t\\.co/[A-Za-z0-9]{10}"), u.toString());
                checked++;
            }
        }
        assertTrue(checked > 150, "entities checked: " + checked);
        assertTrue(beyondBmpOrEmojiFirst > 5, "some hashtags follow emoji, where code points and UTF-16 differ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void archiveIndicesAreStringCodePointsAndCountsAreStrings() throws IOException {
        int checked = 0;
        for (Map<String, Object> t : SampleReader.archiveTweets(dir)) {
            String text = (String) t.get("full_text");
            assertTrue(((String) t.get("favorite_count")).matches("\\d+"), "archives store counts as strings");
            assertTrue(((String) t.get("retweet_count")).matches("\\d+"));
            assertTrue(((String) t.get("created_at")).matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 \\d{4}"));
            Map<String, Object> entities = (Map<String, Object>) t.get("entities");
            for (Map<String, Object> h : (List<Map<String, Object>>) entities.get("hashtags")) {
                List<String> ix = (List<String>) h.get("indices");
                assertEquals("#" + h.get("text"), codePoints(text, Long.parseLong(ix.get(0)), Long.parseLong(ix.get(1))));
                checked++;
            }
            for (Map<String, Object> m : (List<Map<String, Object>>) entities.get("user_mentions")) {
                List<String> ix = (List<String>) m.get("indices");
                assertEquals("@" + m.get("screen_name"), codePoints(text, Long.parseLong(ix.get(0)), Long.parseLong(ix.get(1))));
                checked++;
            }
        }
        assertTrue(checked > 30, "archive entities checked: " + checked);
    }

    @Test
    @SuppressWarnings("unchecked")
    void blueskyFacetsAreUtf8ByteRanges() throws IOException {
        List<Map<String, Object>> views = SampleReader.jsonl(dir, manifest, "bluesky-feed.jsonl");
        Map<String, String> handles = new HashMap<>();
        for (Map<String, Object> v : views) {
            Map<String, Object> a = (Map<String, Object>) v.get("author");
            handles.put((String) a.get("did"), (String) a.get("handle"));
        }
        Pattern uri = Pattern.compile("at://did:plc:[a-z2-7]{24}/app\\.bsky\\.feed\\.post/[2-7a-z]{13}");
        int checked = 0;
        int shifted = 0;
        for (Map<String, Object> v : views) {
            assertTrue(uri.matcher((String) v.get("uri")).matches(), (String) v.get("uri"));
            Map<String, Object> record = (Map<String, Object>) v.get("record");
            assertEquals("app.bsky.feed.post", record.get("$type"));
            byte[] text = ((String) record.get("text")).getBytes(StandardCharsets.UTF_8);
            for (Map<String, Object> f : (List<Map<String, Object>>) record.getOrDefault("facets", List.of())) {
                Map<String, Object> index = (Map<String, Object>) f.get("index");
                int start = ((Long) index.get("byteStart")).intValue();
                String slice = new String(Arrays.copyOfRange(text, start, ((Long) index.get("byteEnd")).intValue()),
                        StandardCharsets.UTF_8);
                Map<String, Object> feature = ((List<Map<String, Object>>) f.get("features")).get(0);
                String expected = switch ((String) feature.get("$type")) {
                    case "app.bsky.richtext.facet#tag" -> "#" + feature.get("tag");
                    case "app.bsky.richtext.facet#link" -> (String) feature.get("uri");
                    case "app.bsky.richtext.facet#mention" -> handles.containsKey((String) feature.get("did"))
                            ? "@" + handles.get((String) feature.get("did")) : slice;
                    default -> throw new AssertionError("unknown facet " + feature);
                };
                assertEquals(expected, slice, record.get("text").toString());
                assertTrue(slice.startsWith("#") || slice.startsWith("@") || slice.startsWith("http"), slice);
                String before = new String(Arrays.copyOfRange(text, 0, start), StandardCharsets.UTF_8);
                shifted += before.length() != start ? 1 : 0;
                checked++;
            }
        }
        assertTrue(checked > 40, "facets checked: " + checked);
        assertTrue(shifted > 10, "facets after non-ASCII text, where bytes and characters differ: " + shifted);
    }

    @Test
    void idsFollowThePlatformsFormats() throws IOException {
        for (Map<String, Object> t : SampleReader.xApiTweets(dir, manifest)) {
            long id = Long.parseLong((String) t.get("id"));
            long ms = (id >> 22) + 1288834974657L;
            assertEquals(Instant.parse((String) t.get("created_at")).getEpochSecond(), ms / 1000,
                    "a snowflake id encodes its creation time");
        }
        for (Map<String, Object> s : SampleReader.mastodonStatuses(dir)) {
            long id = Long.parseLong((String) s.get("id"));
            assertEquals(Instant.parse((String) s.get("created_at")).getEpochSecond(), (id >> 16) / 1000);
        }
        Pattern base36 = Pattern.compile("[0-9a-z]{6,8}");
        for (Map<String, Object> r : SampleReader.jsonl(dir, manifest, "reddit-pushshift.jsonl")) {
            assertTrue(base36.matcher((String) r.get("id")).matches(), r.toString());
            assertTrue(((String) r.get("author_fullname")).matches("t2_[0-9a-z]+"));
            if (r.containsKey("body")) {
                assertTrue(((String) r.get("parent_id")).matches("t[13]_[0-9a-z]+"));
                assertTrue(((String) r.get("link_id")).matches("t3_[0-9a-z]+"));
            } else {
                assertTrue(((String) r.get("permalink")).startsWith("/r/" + r.get("subreddit") + "/comments/"));
            }
        }
    }

    @Test
    void csvIsRfc4180WithQuotedCommasQuotesAndLineBreaks() throws IOException {
        String csv = Files.readString(dir.resolve("weibo-export.csv"), StandardCharsets.UTF_8);
        List<Csv.Row> rows = Csv.parse(csv);
        assertEquals(List.of("id", "user", "created_at", "text", "likes", "reposts", "lang"), rows.get(0).fields());
        Set<Long> bad = SampleReader.malformedLines(manifest, "weibo-export.csv");
        assertEquals(3, bad.size());
        int comma = 0;
        int quote = 0;
        int newline = 0;
        for (Csv.Row r : rows.subList(1, rows.size())) {
            if (bad.contains((long) r.line())) {
                continue;
            }
            assertEquals(7, r.fields().size(), "line " + r.line());
            String text = r.fields().get(3);
            comma += text.contains(",") ? 1 : 0;
            quote += text.contains("\"") ? 1 : 0;
            newline += text.contains("\n") ? 1 : 0;
        }
        assertTrue(comma > 0 && quote > 0 && newline > 0, "quoting exercised: " + comma + "/" + quote + "/" + newline);
        Csv.Row shortRow = rows.stream().filter(r -> bad.contains((long) r.line()) && r.fields().size() < 7)
                .findFirst().orElseThrow(() -> new AssertionError("no short row among the malformed lines"));
        assertEquals(3, shortRow.fields().size());
    }

    private static String codePoints(String s, Object start, Object end) {
        int from = s.offsetByCodePoints(0, ((Long) start).intValue());
        int to = s.offsetByCodePoints(0, ((Long) end).intValue());
        return s.substring(from, to);
    }

    private static boolean shifted(String s, Object start) {
        return s.offsetByCodePoints(0, ((Long) start).intValue()) != ((Long) start).intValue();
    }
}
