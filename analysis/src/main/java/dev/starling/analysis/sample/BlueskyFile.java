package dev.starling.analysis.sample;

import dev.starling.engine.json.JsonWriter;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * Bluesky post views ({@code app.bsky.feed.defs#postView}), one per line, newest first. Rich text is carried
 * by facets whose {@code byteStart}/{@code byteEnd} are UTF-8 byte offsets into {@code record.text} (not
 * characters: an emoji or a CJK character before a hashtag moves it by several bytes).
 */
final class BlueskyFile implements SampleFile {
    static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final Map<Integer, Map<String, Object>> refs = new HashMap<>();

    @Override
    public String name() {
        return "bluesky-feed.jsonl";
    }

    @Override
    public String format() {
        return "bluesky-feed";
    }

    @Override
    public String description() {
        return "Bluesky post views with records and facets (UTF-8 byte offsets), one JSON object per line";
    }

    @Override
    public String languageField() {
        return "record.langs";
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("en", 60);
        mix.put("pt", 10);
        mix.put("ja", 10);
        mix.put("es", 6);
        mix.put("ko", 5);
        mix.put("fr", 4);
        mix.put("ru", 3);
        mix.put("ar", 2);
        return new PlatformPlan(Network.BLUESKY, new PlatformPlan.Counts(110, 6, 6, 6), mix,
                List.of("en", "en", "pt"), 50, new PlatformPlan.Style(0.25, 0, 0, 0.25, 0.12, false, false, false,
                0.1, EnumSet.allOf(PiiType.class)));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        List<String> lines = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, Object> view = view(d, engagement.of(d, rnd), rnd);
            report.post((String) view.get("uri"), d);
            lines.add(JsonWriter.write(view));
        }
        Collections.reverse(lines);
        Draft a = drafts.get(drafts.size() / 3);
        Draft b = drafts.get(drafts.size() / 2);
        Map<String, Object> noText = view(a, new Engagement.Counts(0, 0, 0, 0, 0), rnd);
        ((Map<?, ?>) noText.get("record")).remove("text");
        ((Map<?, ?>) noText.get("record")).remove("facets");
        Map<String, Object> wrong = view(b, new Engagement.Counts(3, 0, 0, 0, 0), rnd);
        wrong.put("record", JsonWriter.write(wrong.get("record")));
        wrong.put("likeCount", "3");
        String cut = JsonWriter.write(view(drafts.get(7), new Engagement.Counts(1, 0, 0, 0, 0), rnd));
        Malformed.insert(lines, report, List.of(
                new Malformed(3, cut.substring(0, cut.length() * 2 / 3), "truncated JSON: the line ends mid-object"),
                new Malformed(50, JsonWriter.write(noText), "post record without text"),
                new Malformed(100, JsonWriter.write(wrong),
                        "wrong types: record is a JSON-encoded string, likeCount is a string")));
        return String.join("\n", lines) + "\n";
    }

    private Map<String, Object> view(Draft d, Engagement.Counts c, Random rnd) {
        Persona a = d.author();
        String uri = "at://" + a.id() + "/app.bsky.feed.post/" + Ids.tid(d.at(), rnd);
        String cid = Ids.cid(rnd);
        refs.putIfAbsent(d.seq(), entry("uri", uri, "cid", cid));
        Map<String, Object> record = record(d, rnd);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("uri", uri);
        v.put("cid", cid);
        v.put("author", entry("did", a.id(), "handle", a.handle(), "displayName", a.displayName()));
        v.put("record", record);
        v.put("replyCount", c.replies());
        v.put("repostCount", c.reposts());
        v.put("likeCount", c.likes());
        v.put("quoteCount", c.quotes());
        v.put("indexedAt", CREATED_AT.format(d.at().plusMillis(150 + rnd.nextInt(3000))));
        v.put("labels", List.of());
        return v;
    }

    private Map<String, Object> record(Draft d, Random rnd) {
        StringBuilder text = new StringBuilder();
        List<Object> facets = new ArrayList<>();
        for (Piece p : d.pieces()) {
            int start = utf8(text);
            switch (p) {
                case Piece.Words w -> text.append(w.text());
                case Piece.Tag t -> facets.add(facet(start, text.append('#').append(t.tag()),
                        entry("$type", "app.bsky.richtext.facet#tag", "tag", t.tag())));
                case Piece.Mention m -> facets.add(facet(start, text.append('@').append(m.who().handle()),
                        entry("$type", "app.bsky.richtext.facet#mention", "did", m.who().id())));
                case Piece.Link l -> facets.add(facet(start, text.append(l.url()),
                        entry("$type", "app.bsky.richtext.facet#link", "uri", l.url())));
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("$type", "app.bsky.feed.post");
        r.put("text", text.toString());
        r.put("createdAt", CREATED_AT.format(d.at()));
        r.put("langs", List.of(d.lang()));
        if (!facets.isEmpty()) {
            r.put("facets", facets);
        }
        if (d.share() == Draft.Share.REPLY && d.parent() != null) {
            r.put("reply", entry("root", refs.get(d.root().seq()), "parent", refs.get(d.parent().seq())));
        }
        if (d.photoAlt() != null) {
            r.put("embed", entry("$type", "app.bsky.embed.images", "images", List.of(entry("alt", d.photoAlt(),
                    "image", entry("$type", "blob", "ref", entry("$link", Ids.blob(rnd)), "mimeType", "image/jpeg",
                            "size", 180_000 + rnd.nextInt(700_000)),
                    "aspectRatio", entry("width", 1600, "height", 1200)))));
        }
        return r;
    }

    private static Map<String, Object> facet(int byteStart, StringBuilder text, Map<String, Object> feature) {
        return entry("index", entry("byteStart", byteStart, "byteEnd", utf8(text)), "features", List.of(feature));
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
