package dev.starling.app.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Report data as the analyze pipeline would produce it: aggregates of a few hundred fake posts
 * over four weeks, in several languages, with flags, redactions and skipped records, including
 * post text and a hashtag that try to break out of the page.
 */
final class ReportFixtures {
    static final String HOSTILE_TEXT = "free followers!!! <script>alert(1)</script> </script>"
            + "<script>document.documentElement.dataset.pwned='text'</script>"
            + "<img src=x onerror=\"document.documentElement.dataset.pwned='img'\"> \u2028 & done";
    static final String HOSTILE_TAG = "</script><script>document.documentElement.dataset.pwned='tag'</script>";
    static final String HOSTILE_AUTHOR = "<b onmouseover=\"alert(2)\">@user_evil</b>";
    static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    static final int DAYS = 28;
    static final int POSTS = 400;

    private static final List<String> SENTIMENT = List.of("negative", "neutral", "positive");
    private static final List<String> EMOTION = List.of("anger", "joy", "optimism", "sadness");
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "es", "es", "pt", "ja", "ar", "fr", "de", "und");
    private static final List<String> TAGS = List.of("climate", "election", "worldcup", "ai", "news", "music", "tech", "food");

    private ReportFixtures() {
    }

    static ReportData realistic() {
        Random random = new Random(42);
        TimeSeriesBuilder sentiment = new TimeSeriesBuilder(SENTIMENT);
        TimeSeriesBuilder emotion = new TimeSeriesBuilder(EMOTION);
        Map<String, Map<String, Long>> labels = new LinkedHashMap<>();
        Map<String, Long> languages = new LinkedHashMap<>();
        Map<String, Long> tags = new TreeMap<>();
        Map<String, long[]> authors = new TreeMap<>();
        List<FlaggedPost> flagged = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < POSTS; i++) {
            Instant t = START.plus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
            first = first == null || t.isBefore(first) ? t : first;
            last = last == null || t.isAfter(last) ? t : last;
            String s = SENTIMENT.get(random.nextInt(3));
            String e = EMOTION.get(random.nextInt(4));
            sentiment.add(t, s);
            emotion.add(t, e);
            count(labels.computeIfAbsent("sentiment", k -> new LinkedHashMap<>()), s);
            count(labels.computeIfAbsent("emotion", k -> new LinkedHashMap<>()), e);
            count(languages, LANGUAGES.get(random.nextInt(LANGUAGES.size())));
            count(tags, TAGS.get(random.nextInt(TAGS.size())));
            long[] author = authors.computeIfAbsent("user_" + Integer.toHexString(0x1000 + random.nextInt(40)), k -> new long[2]);
            author[0]++;
            author[1] += random.nextInt(50);
            boolean spam = random.nextInt(20) == 0;
            count(labels.computeIfAbsent("spam", k -> new LinkedHashMap<>()), spam ? "spam" : "not spam");
            if (spam) {
                flagged.add(new FlaggedPost("p" + i, t, "user_" + i, "buy now, post " + i + " [URL]",
                        List.of(FlaggedPost.Flag.of("spam", "spam", 0.8 + random.nextInt(20) / 100.0))));
            }
        }
        flagged.add(0, new FlaggedPost("hostile", START.plusSeconds(3600), HOSTILE_AUTHOR, HOSTILE_TEXT,
                List.of(FlaggedPost.Flag.of("spam", "spam", 0.97), FlaggedPost.Flag.of("offensive", "offensive", 0.81))));
        tags.put(HOSTILE_TAG, 3L);
        List<TagCount> topTags = tags.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(x -> new TagCount(x.getKey(), x.getValue())).toList();
        List<AuthorStat> topAuthors = authors.entrySet().stream()
                .map(x -> new AuthorStat(x.getKey(), x.getValue()[0], x.getValue()[1]))
                .sorted((a, b) -> Long.compare(b.posts(), a.posts())).limit(10).toList();
        List<AuthorStat> withHostile = new ArrayList<>(topAuthors);
        withHostile.add(new AuthorStat(HOSTILE_AUTHOR, 1, 0));
        return ReportData.builder("Analysis of <fake> posts & friends")
                .generatedAt(Instant.parse("2024-04-01T09:30:00Z"))
                .input(new InputSummary(List.of(new InputSummary.Source("tweets.jsonl", "jsonl", 300),
                        new InputSummary.Source("mastodon.json", "mastodon", 103)), 405, 5,
                        List.of(new InputSummary.Skipped("tweets.jsonl", 17, "not JSON: unexpected character '<'"),
                                new InputSummary.Skipped("mastodon.json", 3, "no text field"))))
                .posts(POSTS).authors(authors.size()).timeRange(new TimeRange(first, last))
                .overTime(Map.of("sentiment", sentiment.build(), "emotion", emotion.build()))
                .languages(languages).topHashtags(topTags).topAuthors(withHostile).labelCounts(labels)
                .flagged(flagged, flagged.size())
                .redactions(orderedRedactions())
                .notes(List.of("2 posts had no time and are missing from the time series", "note with <i>markup</i>"))
                .build();
    }

    /** Data with the given time series removed and no hashtags: two sections have nothing to draw. */
    static ReportData withoutSentimentAndHashtags() {
        ReportData full = realistic();
        Map<String, TimeSeries> overTime = new LinkedHashMap<>(full.overTime());
        overTime.remove("sentiment");
        return new ReportData(full.title(), full.generatedAt(), full.input(), full.postCount(), full.authorCount(),
                full.timeRange(), overTime, full.languages(), List.of(), full.topAuthors(), Map.of(),
                full.flagged(), full.flaggedTotal(), full.redactions(), full.notes());
    }

    /** No posts at all. */
    static ReportData empty() {
        return ReportData.builder("Nothing").generatedAt(Instant.parse("2024-04-01T09:30:00Z")).build();
    }

    private static Map<String, Long> orderedRedactions() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("email", 12L);
        m.put("phone", 7L);
        m.put("card", 1L);
        m.put("iban", 0L);
        m.put("ip", 3L);
        m.put("url-secret", 2L);
        m.put("handle", 388L);
        return m;
    }

    private static void count(Map<String, Long> map, String key) {
        map.merge(key, 1L, Long::sum);
    }
}
