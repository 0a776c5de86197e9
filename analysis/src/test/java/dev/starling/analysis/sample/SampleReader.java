package dev.starling.analysis.sample;

import dev.starling.engine.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An independent, deliberately simple reader of the sample files for the tests: it knows the public schemas,
 * not the generator, so the tests check what a reader of the files would see. Lines listed as malformed in
 * MANIFEST.json are skipped; anything else that fails to parse fails the test.
 */
final class SampleReader {
    /** One post as the files state it. {@code text} is plain text (HTML and entities decoded). */
    record Seen(String file, String id, String author, Instant at, String text, String lang) {
    }

    private SampleReader() {
    }

    /** The committed sample: examples/sample under the repository root, found from the working directory up. */
    static Path committed() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(SampleCorpus.DIRECTORY);
            if (Files.isRegularFile(candidate.resolve(SampleCorpus.MANIFEST))) {
                return candidate;
            }
        }
        throw new AssertionError("examples/sample/MANIFEST.json not found above " + Path.of("").toAbsolutePath());
    }

    static Map<String, Object> manifest(Path dir) throws IOException {
        return Json.parseObject(Files.readString(dir.resolve(SampleCorpus.MANIFEST), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> files(Map<String, Object> manifest) {
        return (List<Map<String, Object>>) manifest.get("files");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fileEntry(Map<String, Object> manifest, String file) {
        for (Map<String, Object> f : files(manifest)) {
            if (f.get("file").equals(file)) {
                return f;
            }
        }
        throw new AssertionError("MANIFEST.json has no entry for " + file);
    }

    /** The 1-based line numbers MANIFEST.json lists as malformed for {@code file}. */
    @SuppressWarnings("unchecked")
    static Set<Long> malformedLines(Map<String, Object> manifest, String file) {
        List<Map<String, Object>> bad = (List<Map<String, Object>>) fileEntry(manifest, file).get("malformed");
        return Set.copyOf(bad.stream().map(m -> (Long) m.get("line")).toList());
    }

    static List<String> lines(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (!s.endsWith("\n")) {
            throw new AssertionError(file + " does not end with a newline");
        }
        return List.of(s.substring(0, s.length() - 1).split("\n", -1));
    }

    /** Every well-formed post of every file. */
    static List<Seen> all(Path dir) throws IOException {
        Map<String, Object> manifest = manifest(dir);
        List<Seen> out = new ArrayList<>();
        out.addAll(xApi(dir, manifest));
        out.addAll(xArchive(dir));
        out.addAll(reddit(dir, manifest));
        out.addAll(mastodon(dir));
        out.addAll(bluesky(dir, manifest));
        out.addAll(weibo(dir, manifest));
        return out;
    }

    /** The JSON objects of a JSONL file, skipping the listed malformed lines. */
    static List<Map<String, Object>> jsonl(Path dir, Map<String, Object> manifest, String file) throws IOException {
        Set<Long> bad = malformedLines(manifest, file);
        List<String> lines = lines(dir.resolve(file));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!bad.contains((long) k + 1)) {
                out.add(Json.parseObject(lines.get(k)));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> xApiTweets(Path dir, Map<String, Object> manifest) throws IOException {
        List<Map<String, Object>> tweets = new ArrayList<>();
        for (Map<String, Object> doc : jsonl(dir, manifest, "x-api-v2.jsonl")) {
            tweets.addAll((List<Map<String, Object>>) doc.get("data"));
        }
        return tweets;
    }

    static List<Seen> xApi(Path dir, Map<String, Object> manifest) throws IOException {
        List<Seen> out = new ArrayList<>();
        for (Map<String, Object> t : xApiTweets(dir, manifest)) {
            out.add(new Seen("x-api-v2.jsonl", (String) t.get("id"), (String) t.get("author_id"),
                    Instant.parse((String) t.get("created_at")), entities((String) t.get("text")), (String) t.get("lang")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> archiveTweets(Path dir) throws IOException {
        String s = Files.readString(dir.resolve("tweets.js"), StandardCharsets.UTF_8);
        String prefix = "window.YTD.tweets.part0 = ";
        if (!s.startsWith(prefix)) {
            throw new AssertionError("tweets.js must start with " + prefix);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(s.substring(prefix.length()))) {
            out.add((Map<String, Object>) ((Map<String, Object>) o).get("tweet"));
        }
        return out;
    }

    static List<Seen> xArchive(Path dir) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
        List<Seen> out = new ArrayList<>();
        for (Map<String, Object> t : archiveTweets(dir)) {
            out.add(new Seen("tweets.js", (String) t.get("id_str"), "archive owner",
                    ZonedDateTime.parse((String) t.get("created_at"), f).toInstant(),
                    entities((String) t.get("full_text")), (String) t.get("lang")));
        }
        return out;
    }

    static List<Seen> reddit(Path dir, Map<String, Object> manifest) throws IOException {
        List<Seen> out = new ArrayList<>();
        for (Map<String, Object> r : jsonl(dir, manifest, "reddit-pushshift.jsonl")) {
            String text = r.containsKey("title") ? r.get("title") + "\n" + r.get("selftext") : (String) r.get("body");
            out.add(new Seen("reddit-pushshift.jsonl", (String) r.get("id"), (String) r.get("author_fullname"),
                    Instant.ofEpochSecond((Long) r.get("created_utc")), entities(text), null));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mastodonStatuses(Path dir) throws IOException {
        return (List<Map<String, Object>>) Json.parse(Files.readString(dir.resolve("mastodon-statuses.json"),
                StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Seen> mastodon(Path dir) throws IOException {
        List<Seen> out = new ArrayList<>();
        for (Map<String, Object> s : mastodonStatuses(dir)) {
            Map<String, Object> shown = s.get("reblog") == null ? s : (Map<String, Object>) s.get("reblog");
            Map<String, Object> account = (Map<String, Object>) s.get("account");
            out.add(new Seen("mastodon-statuses.json", (String) s.get("id"), (String) account.get("id"),
                    Instant.parse((String) s.get("created_at")), html((String) shown.get("content")),
                    (String) shown.get("language")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Seen> bluesky(Path dir, Map<String, Object> manifest) throws IOException {
        List<Seen> out = new ArrayList<>();
        for (Map<String, Object> v : jsonl(dir, manifest, "bluesky-feed.jsonl")) {
            Map<String, Object> record = (Map<String, Object>) v.get("record");
            Map<String, Object> author = (Map<String, Object>) v.get("author");
            out.add(new Seen("bluesky-feed.jsonl", (String) v.get("uri"), (String) author.get("did"),
                    Instant.parse((String) record.get("createdAt")), (String) record.get("text"),
                    ((List<String>) record.get("langs")).get(0)));
        }
        return out;
    }

    static List<Seen> weibo(Path dir, Map<String, Object> manifest) throws IOException {
        Set<Long> bad = malformedLines(manifest, "weibo-export.csv");
        List<Csv.Row> rows = Csv.parse(Files.readString(dir.resolve("weibo-export.csv"), StandardCharsets.UTF_8));
        List<Seen> out = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            if (bad.contains((long) r.line())) {
                continue;
            }
            List<String> f = r.fields();
            Long.parseLong(f.get(4)); // likes must be an integer in a well-formed row
            out.add(new Seen("weibo-export.csv", f.get(0), f.get(1), OffsetDateTime.parse(f.get(2)).toInstant(),
                    f.get(3), f.get(6)));
        }
        return out;
    }

    /** Decodes the three entities X and Reddit escape. */
    static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Mastodon HTML to text: line breaks kept, tags dropped, entities decoded. */
    static String html(String s) {
        String text = s.replace("<br />", "\n").replace("</p><p>", "\n\n").replaceAll("<[^>]+>", "");
        return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
