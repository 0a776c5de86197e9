package dev.starling.analysis.influence;

import dev.starling.analysis.posts.Post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Share of voice: per week (Monday-based, UTC) how many posts name each tracked term or brand, and
 * its share of all tracked mentions that week ({@code share_t(w) = n_t(w) / Σ_s n_s(w)}).
 *
 * <p>A post names a term when one of its hashtags equals the term without spaces (case ignored), or
 * its redacted text contains the term as a whole word or phrase. With no tracked terms, every
 * hashtag is counted and {@link #table} keeps the most used ones; the hashtag vocabulary is capped
 * (rarest dropped first) to keep memory bounded.
 */
public final class ShareOfVoice {
    private static final int MAX_TAGS = 20_000;
    private final Map<String, Pattern> tracked = new LinkedHashMap<>();
    private final Map<String, TreeMap<LocalDate, Long>> weekly = new HashMap<>();
    private final Map<String, Long> totals = new HashMap<>();
    private final TreeMap<LocalDate, Boolean> seenWeeks = new TreeMap<>();

    /** @param terms the terms to track (empty: the most used hashtags) */
    public ShareOfVoice(List<String> terms) {
        for (String t : terms) {
            String term = t.strip().toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                tracked.put(term, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
    }

    public void add(Post post) {
        if (post.createdAt() == null) {
            return;
        }
        LocalDate week = LocalDate.ofInstant(post.createdAt(), ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        seenWeeks.put(week, true);
        List<String> tags = post.hashtags().stream()
                .map(h -> (h.startsWith("#") ? h.substring(1) : h).toLowerCase(Locale.ROOT)).distinct().toList();
        if (tracked.isEmpty()) {
            tags.forEach(t -> count(t, week));
            if (weekly.size() > MAX_TAGS) {
                prune();
            }
            return;
        }
        tracked.forEach((term, pattern) -> {
            if (tags.contains(term.replace(" ", "")) || pattern.matcher(post.text()).find()) {
                count(term, week);
            }
        });
    }

    private void count(String term, LocalDate week) {
        weekly.computeIfAbsent(term, k -> new TreeMap<>()).merge(week, 1L, Long::sum);
        totals.merge(term, 1L, Long::sum);
    }

    private void prune() {
        for (long floor = 1; weekly.size() > MAX_TAGS * 4 / 5; floor++) {
            long f = floor;
            totals.entrySet().removeIf(e -> e.getValue() <= f && weekly.remove(e.getKey()) != null);
        }
    }

    /** The weeks × terms table for at most {@code maxTerms} terms (tracked ones in order, else the most used hashtags). */
    public SovTable table(int maxTerms) {
        List<String> terms = tracked.isEmpty()
                ? totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(maxTerms).map(Map.Entry::getKey).toList()
                : new ArrayList<>(tracked.keySet());
        List<LocalDate> weeks = fill(seenWeeks);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String t : terms) {
            long[] c = new long[weeks.size()];
            weekly.getOrDefault(t, new TreeMap<>()).forEach((w, n) -> c[weeks.indexOf(w)] = n);
            counts.put(t, c);
        }
        return new SovTable(weeks, counts, !tracked.isEmpty());
    }

    /** Every Monday from the first to the last week of any dated post. */
    private static List<LocalDate> fill(TreeMap<LocalDate, Boolean> weeks) {
        List<LocalDate> out = new ArrayList<>();
        if (weeks.isEmpty()) {
            return out;
        }
        for (LocalDate w = weeks.firstKey(); !w.isAfter(weeks.lastKey()); w = w.plusWeeks(1)) {
            out.add(w);
        }
        return out;
    }
}
