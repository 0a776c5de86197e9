package dev.starling.analysis.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * {@code tweets.js} from an X account archive ("Download an archive of your data"): one account's own posts,
 * newest first, as the JavaScript assignment {@code window.YTD.tweets.part0 = [ … ]}. The archive writes every
 * number as a string (counts, ids, entity indices) and dates in the classic {@code Wed Oct 10 20:19:24 +0000 2018}
 * form; replies point at posts outside the archive.
 */
final class XArchiveFile implements SampleFile {
    static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final List<String> SOURCES = List.of(
            "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
            "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
            "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");

    private final Set<String> used = new HashSet<>();

    @Override
    public String name() {
        return "tweets.js";
    }

    @Override
    public String format() {
        return "x-archive";
    }

    @Override
    public String description() {
        return "tweets.js from one account's X data archive (window.YTD.tweets.part0 = [...])";
    }

    @Override
    public String languageField() {
        return "lang";
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("en", 85);
        mix.put("es", 15);
        Set<PiiType> pii = EnumSet.complementOf(EnumSet.of(PiiType.SECRET_URL));
        return new PlatformPlan(Network.X, new PlatformPlan.Counts(80, 0, 2, 5), mix, List.of(), 30,
                new PlatformPlan.Style(0.25, 0, 0, 0.35, 0, true, false, true, 0.3, pii));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        Map<Integer, Map<String, Object>> tweets = new HashMap<>();
        for (Draft d : drafts) {
            String id = id(d.at(), rnd);
            tweets.put(d.seq(), entry("tweet", tweet(d, id, engagement.of(d, rnd), rnd)));
            report.post(id, d);
        }
        List<Object> newestFirst = new ArrayList<>();
        for (int k = drafts.size() - 1; k >= 0; k--) {
            newestFirst.add(tweets.get(drafts.get(k).seq()));
        }
        return "window.YTD.tweets.part0 = " + PrettyJson.archiveStyle(newestFirst, 0) + "\n";
    }

    private Map<String, Object> tweet(Draft d, String id, Engagement.Counts c, Random rnd) {
        XText x = XText.of(d.pieces(), url -> XApiV2File.tco(rnd));
        boolean reply = d.share() == Draft.Share.REPLY;
        int shownFrom = reply && !x.entities().isEmpty() && x.entities().get(0).start() == 0
                && x.entities().get(0).kind().equals("mention") ? x.entities().get(0).end() + 1 : 0;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("edit_info", entry("initial", entry("editTweetIds", List.of(id),
                "editableUntil", XApiV2File.CREATED_AT.format(d.at().plusSeconds(3600)),
                "editsRemaining", "5", "isEditEligible", !reply)));
        t.put("retweeted", false);
        t.put("source", SOURCES.get(rnd.nextInt(SOURCES.size())));
        t.put("entities", entities(x));
        t.put("display_text_range", List.of(String.valueOf(shownFrom), String.valueOf(x.length())));
        t.put("favorite_count", String.valueOf(c.likes()));
        String parentId = reply ? id(d.at().minusSeconds(120 + rnd.nextInt(20_000)), rnd) : null;
        if (reply) {
            t.put("in_reply_to_status_id_str", parentId);
        }
        t.put("id_str", id);
        if (reply) {
            t.put("in_reply_to_user_id", d.replyTo().id());
        }
        t.put("truncated", false);
        t.put("retweet_count", String.valueOf(c.reposts()));
        t.put("id", id);
        if (reply) {
            t.put("in_reply_to_status_id", parentId);
        }
        t.put("created_at", CREATED_AT.format(d.at()));
        t.put("favorited", false);
        t.put("full_text", x.text());
        t.put("lang", d.lang());
        if (reply) {
            t.put("in_reply_to_screen_name", d.replyTo().handle());
            t.put("in_reply_to_user_id_str", d.replyTo().id());
        }
        return t;
    }

    private static Map<String, Object> entities(XText x) {
        List<Object> hashtags = new ArrayList<>();
        List<Object> mentions = new ArrayList<>();
        List<Object> urls = new ArrayList<>();
        for (XText.Entity e : x.entities()) {
            List<String> indices = List.of(String.valueOf(e.start()), String.valueOf(e.end()));
            switch (e.piece()) {
                case Piece.Tag t -> hashtags.add(entry("text", t.tag(), "indices", indices));
                case Piece.Mention m -> mentions.add(entry("name", m.who().displayName(),
                        "screen_name", m.who().handle(), "indices", indices, "id_str", m.who().id(),
                        "id", m.who().id()));
                case Piece.Link l -> urls.add(entry("url", e.tco(), "expanded_url", l.url(),
                        "display_url", XText.displayUrl(l.url()), "indices", indices));
                case Piece.Words w -> throw new IllegalStateException("words are not entities: " + w);
            }
        }
        return entry("hashtags", hashtags, "symbols", List.of(), "user_mentions", mentions, "urls", urls);
    }

    private String id(Instant at, Random rnd) {
        String id;
        do {
            id = String.valueOf(Ids.snowflake(at, rnd));
        } while (!used.add(id));
        return id;
    }
}
