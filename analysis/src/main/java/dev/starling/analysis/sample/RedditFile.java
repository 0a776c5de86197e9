package dev.starling.analysis.sample;

import dev.starling.engine.json.JsonWriter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * Reddit submissions and comments in the Pushshift dump layout, one JSON object per line in time order.
 * Submissions ({@code title}, {@code selftext}) and comments ({@code body}, {@code parent_id} "t3_…" for a
 * top-level comment, "t1_…" for a reply) share the file, as in a combined dump. Text is HTML-escaped
 * ({@code &amp;}, {@code &gt;} for quoted lines) exactly as Reddit's API stores it.
 */
final class RedditFile implements SampleFile {
    private final Map<Integer, String> ids = new HashMap<>();
    private final Map<Integer, String> subreddits = new HashMap<>();
    private final Map<Integer, String> slugs = new HashMap<>();
    private long nextSubmission = Long.parseLong("1l8a000", 36);
    private long nextComment = Long.parseLong("n2xq000", 36);

    @Override
    public String name() {
        return "reddit-pushshift.jsonl";
    }

    @Override
    public String format() {
        return "reddit-pushshift";
    }

    @Override
    public String description() {
        return "Reddit submissions and comments in Pushshift dump layout, one JSON object per line";
    }

    @Override
    public String languageField() {
        return null;
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("en", 82);
        mix.put("de", 6);
        mix.put("fr", 5);
        mix.put("es", 4);
        mix.put("pt", 3);
        return new PlatformPlan(Network.REDDIT, new PlatformPlan.Counts(150, 6, 8, 9), mix,
                List.of("en", "en", "en"), 70,
                new PlatformPlan.Style(0, 0, 0, 0, 0, false, true, false, 0, EnumSet.allOf(PiiType.class)));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        List<String> lines = new ArrayList<>();
        for (Draft d : drafts) {
            Engagement.Counts c = engagement.of(d, rnd);
            Map<String, Object> record = d.share() == Draft.Share.ORIGINAL ? submission(d, c, rnd) : comment(d, c, rnd);
            lines.add(JsonWriter.write(record));
            report.post(ids.get(d.seq()), d);
        }
        Draft a = drafts.get(10);
        Draft b = drafts.get(drafts.size() / 2);
        Draft z = drafts.get(drafts.size() - 20);
        String cut = JsonWriter.write(entry("author", a.author().handle(), "body",
                "Honestly the strike timetable page is more useful than the official app", "created_utc",
                a.at().getEpochSecond() + 60, "id", Ids.base36(nextComment++), "subreddit", "europe"));
        Malformed.insert(lines, report, List.of(
                new Malformed(5, cut.substring(0, cut.length() / 2), "truncated JSON: the line ends mid-object"),
                new Malformed(70, JsonWriter.write(entry("author", b.author().handle(), "created_utc",
                        b.at().getEpochSecond() + 30, "id", Ids.base36(nextComment++), "link_id",
                        "t3_" + ids.get(b.root().seq()), "parent_id", "t3_" + ids.get(b.root().seq()),
                        "score", 1, "subreddit", subreddits.get(b.root().seq()))), "comment without body"),
                new Malformed(140, JsonWriter.write(entry("author", z.author().handle(), "created_utc", "yesterday",
                        "id", Ids.base36(nextSubmission++), "num_comments", null, "score", "lots",
                        "selftext", "", "subreddit", "AskReddit", "title", "What's the best cheap fan for a heatwave?")),
                        "wrong types: created_utc and score are strings")));
        return String.join("\n", lines) + "\n";
    }

    private Map<String, Object> submission(Draft d, Engagement.Counts c, Random rnd) {
        String id = Ids.base36(nextSubmission += 200 + rnd.nextInt(3000));
        ids.put(d.seq(), id);
        String sub = subreddit(d, rnd);
        subreddits.put(d.seq(), sub);
        String slug = slug(d.title());
        slugs.put(d.seq(), slug);
        String permalink = "/r/" + sub + "/comments/" + id + "/" + slug + "/";
        String link = firstLink(d);
        boolean linkPost = link != null && d.kind() == Template.Kind.NORMAL && d.pii().isEmpty() && rnd.nextBoolean();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("author", d.author().handle());
        s.put("author_fullname", d.author().id());
        s.put("created_utc", d.at().getEpochSecond());
        s.put("id", id);
        s.put("is_self", !linkPost);
        s.put("link_flair_text", d.kind() == Template.Kind.NORMAL && rnd.nextInt(3) == 0 ? "Discussion" : null);
        s.put("num_comments", c.replies());
        s.put("over_18", false);
        s.put("permalink", permalink);
        s.put("score", score(d, c, rnd));
        String self = body(d.pieces());
        // a title taken from the text itself (spam, abuse) leaves nothing else to say
        s.put("selftext", linkPost || self.equals(escape(d.title())) ? "" : self);
        s.put("subreddit", sub);
        s.put("subreddit_id", subredditId(sub));
        s.put("title", escape(d.title()));
        s.put("upvote_ratio", d.kind() == Template.Kind.NORMAL ? (80 + rnd.nextInt(20)) / 100.0 : 0.33);
        s.put("url", linkPost ? link : "https://www.reddit.com" + permalink);
        return s;
    }

    private Map<String, Object> comment(Draft d, Engagement.Counts c, Random rnd) {
        String id = Ids.base36(nextComment += 50 + rnd.nextInt(900));
        ids.put(d.seq(), id);
        Draft root = d.root();
        String sub = subreddits.get(root.seq());
        subreddits.put(d.seq(), sub);
        String body = body(d.pieces());
        if (d.kind() == Template.Kind.NORMAL && rnd.nextInt(100) < 15) {
            String quoted = d.parent().plainText().split("(?<=[.!?])\\s")[0];
            body = "&gt; " + escape(quoted) + "\n\n" + body;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("author", d.author().handle());
        m.put("author_fullname", d.author().id());
        m.put("body", body);
        m.put("controversiality", d.kind() == Template.Kind.ABUSE ? 1 : 0);
        m.put("created_utc", d.at().getEpochSecond());
        m.put("id", id);
        m.put("link_id", "t3_" + ids.get(root.seq()));
        m.put("parent_id", (d.parent() == root ? "t3_" : "t1_") + ids.get(d.parent().seq()));
        m.put("permalink", "/r/" + sub + "/comments/" + ids.get(root.seq()) + "/" + slugs.get(root.seq()) + "/" + id + "/");
        m.put("score", score(d, c, rnd));
        m.put("subreddit", sub);
        m.put("subreddit_id", subredditId(sub));
        return m;
    }

    private static long score(Draft d, Engagement.Counts c, Random rnd) {
        return switch (d.kind()) {
            case SPAM -> rnd.nextInt(2);
            case ABUSE -> -1 - rnd.nextInt(12);
            case NORMAL -> 1 + c.likes();
        };
    }

    private static String subreddit(Draft d, Random rnd) {
        List<String> options = switch (d.lang()) {
            case "de" -> List.of("de");
            case "fr" -> List.of("france");
            case "es" -> List.of("spain");
            case "pt" -> List.of("brasil");
            default -> switch (d.template().storyline() == null ? Storyline.DAILY : d.template().storyline()) {
                case LAUNCH -> List.of("Android", "gadgets", "LumioPhones");
                case CUP -> List.of("soccer", "football");
                case HEAT -> List.of("weather", "AskUK", "CasualUK");
                case STRIKE -> List.of("europe", "mildlyinfuriating");
                case RECALL -> List.of("Coffee", "BuyItForLife", "mildlyinfuriating");
                case DAILY -> List.of("CasualConversation", "AskReddit", "running", "cats");
            };
        };
        return options.get(rnd.nextInt(options.size()));
    }

    /** A stable fake "t5_" id per subreddit name. */
    private static String subredditId(String sub) {
        return "t5_" + Ids.base36(Integer.toUnsignedLong(sub.toLowerCase(Locale.ROOT).hashCode()) % 2_176_782_336L);
    }

    private static String firstLink(Draft d) {
        for (Piece p : d.pieces()) {
            if (p instanceof Piece.Link l) {
                return l.url();
            }
        }
        return null;
    }

    /** Markdown body: mentions as u/name, HTML-escaped like Reddit's API. */
    private static String body(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> sb.append(escape(w.text()));
                case Piece.Tag t -> sb.append('#').append(t.tag());
                case Piece.Mention m -> sb.append("u/").append(m.who().handle());
                case Piece.Link l -> sb.append(escape(l.url()));
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The URL slug Reddit derives from a title: lower-case ASCII words joined by underscores. */
    private static String slug(String title) {
        String folded = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return "post";
        }
        return s.length() <= 50 ? s : s.substring(0, 50).replaceAll("_[^_]*$", "");
    }
}
