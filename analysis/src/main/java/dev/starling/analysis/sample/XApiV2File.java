package dev.starling.analysis.sample;

import dev.starling.engine.json.JsonWriter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * X API v2 recent-search responses, one response document per line (newest first, ten tweets a page), with
 * {@code expansions=author_id,attachments.media_keys}: tweets in {@code data}, their authors and photos in
 * {@code includes}, paging in {@code meta}. Three extra lines are broken on purpose.
 */
final class XApiV2File implements SampleFile {
    static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'.000Z'").withZone(ZoneOffset.UTC);
    private static final int PAGE = 10;

    private final Map<Integer, String> ids = new HashMap<>();
    private final Map<Integer, XText> texts = new HashMap<>();
    private final Map<String, Map<String, Object>> users = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    @Override
    public String name() {
        return "x-api-v2.jsonl";
    }

    @Override
    public String format() {
        return "x-api-v2";
    }

    @Override
    public String description() {
        return "X API v2 search responses (data / includes / meta), one JSON document per line";
    }

    @Override
    public String languageField() {
        return "lang";
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("en", 60);
        mix.put("es", 8);
        mix.put("fr", 5);
        mix.put("de", 4);
        mix.put("pt", 5);
        mix.put("it", 3);
        mix.put("ja", 5);
        mix.put("ar", 3);
        mix.put("ru", 2);
        mix.put("ko", 3);
        mix.put("zh", 2);
        // URLs are wrapped in t.co links on X, so a secret in a URL would not be in the text: none planted here
        Set<PiiType> pii = EnumSet.complementOf(EnumSet.of(PiiType.SECRET_URL));
        return new PlatformPlan(Network.X, new PlatformPlan.Counts(200, 12, 11, 10), mix,
                List.of("en", "en", "en", "ru", "es"), 80,
                new PlatformPlan.Style(0.22, 0.05, 0.06, 0.45, 0.10, true, false, false, 0.15, pii));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        List<Map<String, Object>> tweets = new ArrayList<>();
        List<Map<String, Object>> media = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, Object> photo = d.photoAlt() == null ? null : new LinkedHashMap<>();
            tweets.add(tweet(d, engagement.of(d, rnd), photo, rnd));
            media.add(photo);
            report.post(ids.get(d.seq()), d);
        }
        List<String> lines = new ArrayList<>();
        for (int end = drafts.size(); end > 0; end -= PAGE) {
            int start = Math.max(0, end - PAGE);
            lines.add(page(drafts, tweets, media, start, end, start > 0, rnd));
        }
        Malformed.insert(lines, report, List.of(
                new Malformed(4, truncated(drafts.get(drafts.size() / 2), rnd),
                        "truncated JSON: the line ends in the middle of the document"),
                new Malformed(12, noText(drafts.get(drafts.size() / 3), rnd), "tweet without text"),
                new Malformed(19, wrongTypes(drafts.get(drafts.size() / 4), rnd),
                        "wrong types: id, author_id and created_at are numbers, public_metrics is a string")));
        return String.join("\n", lines) + "\n";
    }

    /** X tags Traditional and Simplified Chinese alike as "zh". */
    static String wireLang(String lang) {
        return lang.startsWith("zh") ? "zh" : lang;
    }

    private Map<String, Object> tweet(Draft d, Engagement.Counts c, Map<String, Object> photo, Random rnd) {
        String id = id(d.at(), rnd);
        ids.put(d.seq(), id);
        XText x = text(d, id, photo, rnd);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("text", x.text());
        t.put("author_id", d.author().id());
        t.put("created_at", CREATED_AT.format(d.at()));
        t.put("lang", wireLang(d.lang()));
        t.put("conversation_id", d.share() == Draft.Share.REPLY && d.parent() != null
                ? ids.get(d.root().seq()) : id);
        if (d.share() == Draft.Share.REPLY) {
            t.put("in_reply_to_user_id", d.replyTo().id());
        }
        if (d.parent() != null) {
            String type = switch (d.share()) {
                case REPLY -> "replied_to";
                case QUOTE -> "quoted";
                default -> "retweeted";
            };
            t.put("referenced_tweets", List.of(entry("type", type, "id", ids.get(d.parent().seq()))));
        }
        t.put("public_metrics", d.share() == Draft.Share.REPOST
                ? metrics(0, c.reposts(), 0, 0, 0) : metrics(c.likes(), c.reposts(), c.replies(), c.quotes(), c.views()));
        Map<String, Object> entities = entities(x, photo);
        if (!entities.isEmpty()) {
            t.put("entities", entities);
        }
        if (photo != null) {
            t.put("attachments", entry("media_keys", List.of(photo.get("media_key"))));
        }
        t.put("edit_history_tweet_ids", List.of(id));
        return t;
    }

    /** The text as served: a retweet's "RT @…: " form, then a quoted post's link and the photo link. */
    private XText text(Draft d, String id, Map<String, Object> photo, Random rnd) {
        XText x = d.share() == Draft.Share.REPOST ? XText.retweet(d.parent().author(), texts.get(d.parent().seq()))
                : XText.of(d.pieces(), url -> tco(rnd));
        texts.put(d.seq(), x);
        if (d.share() == Draft.Share.QUOTE) {
            String quoted = "https://x.com/" + d.parent().author().handle() + "/status/" + ids.get(d.parent().seq());
            String link = tco(rnd);
            x.append(" ");
            x.entity("url", link, new Piece.Link(quoted), link);
        }
        if (photo != null) {
            photo.put("media_key", "3_" + id(d.at(), rnd));
            photo.put("type", "photo");
            photo.put("url", "https://pbs.twimg.com/media/" + Ids.alnum(15, rnd) + ".jpg");
            photo.put("alt_text", d.photoAlt());
            String link = tco(rnd);
            x.append(" ");
            x.entity("url", link, new Piece.Link("https://x.com/" + d.author().handle() + "/status/" + id
                    + "/photo/1"), link);
        }
        return x;
    }

    private static Map<String, Object> metrics(long likes, long retweets, long replies, long quotes, long views) {
        return entry("retweet_count", retweets, "reply_count", replies, "like_count", likes, "quote_count", quotes,
                "impression_count", views);
    }

    private static Map<String, Object> entities(XText x, Map<String, Object> photo) {
        List<Object> hashtags = new ArrayList<>();
        List<Object> mentions = new ArrayList<>();
        List<Object> urls = new ArrayList<>();
        List<XText.Entity> all = x.entities();
        for (int k = 0; k < all.size(); k++) {
            XText.Entity e = all.get(k);
            switch (e.piece()) {
                case Piece.Tag t -> hashtags.add(entry("start", e.start(), "end", e.end(), "tag", t.tag()));
                case Piece.Mention m -> mentions.add(entry("start", e.start(), "end", e.end(),
                        "username", m.who().handle(), "id", m.who().id()));
                case Piece.Link l -> {
                    boolean media = photo != null && k == all.size() - 1;
                    String display = media ? "pic.x.com/" + ((String) photo.get("url")).substring(28, 38)
                            : XText.displayUrl(l.url());
                    Map<String, Object> u = entry("start", e.start(), "end", e.end(), "url", e.tco(),
                            "expanded_url", l.url(), "display_url", display);
                    if (media) {
                        u.put("media_key", photo.get("media_key"));
                    }
                    urls.add(u);
                }
                case Piece.Words w -> throw new IllegalStateException("words are not entities: " + w);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (!hashtags.isEmpty()) {
            m.put("hashtags", hashtags);
        }
        if (!mentions.isEmpty()) {
            m.put("mentions", mentions);
        }
        if (!urls.isEmpty()) {
            m.put("urls", urls);
        }
        return m;
    }

    private String page(List<Draft> drafts, List<Map<String, Object>> tweets, List<Map<String, Object>> media,
                        int start, int end, boolean more, Random rnd) {
        List<Object> data = new ArrayList<>();
        Map<String, Object> authors = new LinkedHashMap<>();
        List<Object> photos = new ArrayList<>();
        for (int k = end - 1; k >= start; k--) { // newest first
            data.add(tweets.get(k));
            Persona p = drafts.get(k).author();
            authors.putIfAbsent(p.id(), user(p, rnd));
            if (media.get(k) != null) {
                photos.add(media.get(k));
            }
        }
        Map<String, Object> includes = new LinkedHashMap<>();
        includes.put("users", new ArrayList<>(authors.values()));
        if (!photos.isEmpty()) {
            includes.put("media", photos);
        }
        Map<String, Object> meta = entry("newest_id", ids.get(drafts.get(end - 1).seq()),
                "oldest_id", ids.get(drafts.get(start).seq()), "result_count", data.size());
        if (more) {
            meta.put("next_token", "b26v89c19zqg8o3f" + Ids.lowerAlnum(24, rnd));
        }
        return JsonWriter.write(entry("data", data, "includes", includes, "meta", meta));
    }

    private Map<String, Object> user(Persona p, Random rnd) {
        return users.computeIfAbsent(p.id(), k -> entry("id", p.id(), "name", p.displayName(),
                "username", p.handle(), "public_metrics", entry("followers_count", p.followers(),
                        "following_count", 20 + rnd.nextInt(900), "tweet_count", 100 + rnd.nextInt(30000),
                        "listed_count", p.followers() / 200)));
    }

    private String truncated(Draft like, Random rnd) {
        String id = id(like.at(), rnd);
        String doc = JsonWriter.write(entry("data", List.of(entry("id", id, "text",
                "Queue at the BrewMate returns desk is out the door, bring a book if you're going today",
                "author_id", like.author().id(), "created_at", CREATED_AT.format(like.at()), "lang", "en")),
                "meta", entry("newest_id", id, "oldest_id", id, "result_count", 1)));
        return doc.substring(0, doc.length() * 3 / 5);
    }

    private String noText(Draft like, Random rnd) {
        String id = id(like.at(), rnd);
        return JsonWriter.write(entry("data", List.of(entry("id", id, "author_id", like.author().id(),
                "created_at", CREATED_AT.format(like.at()), "lang", "en", "edit_history_tweet_ids", List.of(id))),
                "meta", entry("newest_id", id, "oldest_id", id, "result_count", 1)));
    }

    private String wrongTypes(Draft like, Random rnd) {
        String id = id(like.at(), rnd);
        return JsonWriter.write(entry("data", List.of(entry("id", Long.parseLong(id),
                "text", "Heat advisory extended again, stay hydrated everyone",
                "author_id", Long.parseLong(like.author().id()), "created_at", like.at().getEpochSecond(),
                "lang", "en", "public_metrics", "12 likes")),
                "meta", entry("newest_id", id, "oldest_id", id, "result_count", 1)));
    }

    private String id(Instant at, Random rnd) {
        String id;
        do {
            id = String.valueOf(Ids.snowflake(at, rnd));
        } while (!used.add(id));
        return id;
    }

    static String tco(Random rnd) {
        return "https://t.co/" + Ids.alnum(10, rnd);
    }
}
