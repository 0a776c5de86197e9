package dev.starling.analysis.trends;

import dev.starling.analysis.influence.Accounts;
import dev.starling.analysis.posts.Post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over protected posts: per UTC day, how many posts carry each hashtag and each term,
 * how many posts there are, and a bounded sample of the day's posts for explanations.
 *
 * <p>Memory is bounded: when more than {@code maxKeys} keys are held, the rarest are dropped (their
 * total at or under a floor that rises until a fifth of the room is free). A dropped key that comes
 * back starts again from zero, so its counts are lower bounds; a key frequent enough to burst is
 * never near the floor.
 */
public final class TrendCollector {
    private final int maxKeys;
    private final int samplePerDay;
    private final Map<SeriesKey, DailyCounts> series = new HashMap<>();
    /** The same keys per UTC hour (epoch hour), for corpora too short for a weekday baseline ({@link HourlySpikes}). */
    private final Map<SeriesKey, DailyCounts> hourly = new HashMap<>();
    private final DailyCounts posts = new DailyCounts();
    private final Map<Integer, DaySample> samples = new HashMap<>();
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;
    private long undated;
    private long pruneFloor;

    public TrendCollector(int maxKeys, int samplePerDay) {
        if (maxKeys < 10 || samplePerDay < 1) {
            throw new IllegalArgumentException("maxKeys must be >= 10 and samplePerDay >= 1");
        }
        this.maxKeys = maxKeys;
        this.samplePerDay = samplePerDay;
    }

    /** 50,000 keys, 200 sampled posts per day. */
    public static TrendCollector standard() {
        return new TrendCollector(50_000, 200);
    }

    /** Counts one protected post; posts without a date are only counted as undated. */
    public void add(Post post) {
        if (post.createdAt() == null) {
            undated++;
            return;
        }
        int day = (int) LocalDate.ofInstant(post.createdAt(), ZoneOffset.UTC).toEpochDay();
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
        posts.add(day);
        Set<SeriesKey> keys = keys(post);
        int hour = (int) Math.floorDiv(post.createdAt().getEpochSecond(), 3600L);
        for (SeriesKey k : keys) {
            series.computeIfAbsent(k, x -> new DailyCounts()).add(day);
            hourly.computeIfAbsent(k, x -> new DailyCounts()).add(hour);
        }
        String platform = post.platform().name().toLowerCase(Locale.ROOT);
        long hash = DaySample.hash(platform, post.id());
        DaySample sample = samples.computeIfAbsent(day, d -> new DaySample(samplePerDay));
        if (sample.wouldKeep(hash)) { // the digest (a snippet copy) only for posts that enter the sample
            sample.offer(hash, new PostDigest(post.id(), platform, Accounts.key(post.author()), PostDigest.snippet(post.text()),
                    Accounts.engagement(post.metrics()), keys));
        }
        if (series.size() > maxKeys) {
            prune();
        }
    }

    /** A #hashtag in running text: '#' not inside a word or an HTML entity, then letters, digits, marks or '_'. */
    private static final java.util.regex.Pattern HASHTAG = java.util.regex.Pattern.compile("(?U)(?<![\\w&/#])#([\\w\\p{M}]+)");

    /**
     * The hashtags (lower-cased) and terms of a post. Formats without hashtag entities (CSV, plain
     * text, Reddit) get them from the text, so their hashtags have series too.
     */
    static Set<SeriesKey> keys(Post post) {
        Set<SeriesKey> keys = new LinkedHashSet<>();
        for (String h : post.hashtags().isEmpty() ? inText(post.text()) : post.hashtags()) {
            String tag = h.startsWith("#") ? h.substring(1) : h;
            if (!tag.isBlank()) {
                keys.add(SeriesKey.hashtag(tag.toLowerCase(Locale.ROOT)));
            }
        }
        for (String t : Terms.of(post.text())) {
            keys.add(SeriesKey.term(t));
        }
        return keys;
    }

    /** The #hashtags of a text, without '#', in order (a number alone, as in "#1", is not a hashtag). */
    static java.util.List<String> inText(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            if (!m.group(1).chars().allMatch(Character::isDigit)) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private void prune() {
        while (series.size() > maxKeys * 4L / 5) {
            pruneFloor++;
            long floor = pruneFloor;
            series.values().removeIf(c -> c.total() <= floor);
            hourly.keySet().retainAll(series.keySet());
        }
    }

    /** Hourly counts of the given keys, shape [hours] from {@code firstHour} (UTC epoch hour). */
    long[] hourly(SeriesKey key, int firstHour, int hours) {
        DailyCounts c = hourly.get(key);
        return c == null ? new long[hours] : c.dense(firstHour, hours);
    }

    /** What was counted, frozen for analysis. */
    public TrendData data() {
        if (firstDay > lastDay) {
            return new TrendData(0, new long[0], Map.of(), Map.of(), undated);
        }
        int length = lastDay - firstDay + 1;
        Map<Integer, java.util.List<PostDigest>> sampled = new HashMap<>();
        samples.forEach((d, s) -> sampled.put(d - firstDay, s.posts()));
        Map<SeriesKey, DailyCounts> frozen = Map.copyOf(series);
        return new TrendData(firstDay, posts.dense(firstDay, length), frozen, sampled, undated);
    }
}
