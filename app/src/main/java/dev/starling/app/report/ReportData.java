package dev.starling.app.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the HTML report shows, as aggregates computed by the analysis pipeline. Immutable:
 * collections are copied (keeping their order, which is the display order). Build with
 * {@link #builder(String)}.
 *
 * @param title         the page title
 * @param generatedAt   when the analysis ran
 * @param input         sources read and records skipped
 * @param postCount     posts analysed
 * @param authorCount   distinct authors
 * @param timeRange     first and last post time, or null when no post had a time
 * @param overTime      per task (e.g. "sentiment", "emotion") label counts over time
 * @param languages     posts per language code, most frequent first
 * @param topHashtags   the most used hashtags, most used first
 * @param topAuthors    the most active authors, most active first
 * @param labelCounts   per task, posts per label
 * @param flagged       flagged posts, at most {@link #MAX_FLAGGED} (the first ones given are kept)
 * @param flaggedTotal  flagged posts in all, at least {@code flagged.size()}
 * @param redactions    personal data redacted, per type ("email", "phone", "card", "iban", "ip",
 *                      "url-secret", "handle" for pseudonymised handles, or any other type name)
 * @param notes         free warnings and remarks for the reader
 */
public record ReportData(String title, Instant generatedAt, InputSummary input, long postCount, long authorCount,
                         TimeRange timeRange, Map<String, TimeSeries> overTime, Map<String, Long> languages,
                         List<TagCount> topHashtags, List<AuthorStat> topAuthors,
                         Map<String, Map<String, Long>> labelCounts, List<FlaggedPost> flagged, long flaggedTotal,
                         Map<String, Long> redactions, List<String> notes) {
    /** The most flagged posts a report lists; the total is still reported. */
    public static final int MAX_FLAGGED = 200;

    public ReportData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(input, "input");
        overTime = ordered(overTime);
        languages = ordered(languages);
        topHashtags = List.copyOf(topHashtags);
        topAuthors = List.copyOf(topAuthors);
        Map<String, Map<String, Long>> labels = new LinkedHashMap<>();
        labelCounts.forEach((task, counts) -> labels.put(task, ordered(counts)));
        labelCounts = Collections.unmodifiableMap(labels);
        flaggedTotal = Math.max(flaggedTotal, flagged.size());
        flagged = List.copyOf(flagged.size() > MAX_FLAGGED ? flagged.subList(0, MAX_FLAGGED) : flagged);
        redactions = ordered(redactions);
        notes = List.copyOf(notes);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects the parts; anything not set is empty (or zero). */
    public static final class Builder {
        private final String title;
        private Instant generatedAt = Instant.now();
        private InputSummary input = InputSummary.empty();
        private long postCount;
        private long authorCount;
        private TimeRange timeRange;
        private Map<String, TimeSeries> overTime = Map.of();
        private Map<String, Long> languages = Map.of();
        private List<TagCount> topHashtags = List.of();
        private List<AuthorStat> topAuthors = List.of();
        private Map<String, Map<String, Long>> labelCounts = Map.of();
        private List<FlaggedPost> flagged = List.of();
        private long flaggedTotal;
        private Map<String, Long> redactions = Map.of();
        private List<String> notes = List.of();

        private Builder(String title) {
            this.title = title;
        }

        public Builder generatedAt(Instant v) { generatedAt = v; return this; }
        public Builder input(InputSummary v) { input = v; return this; }
        public Builder posts(long v) { postCount = v; return this; }
        public Builder authors(long v) { authorCount = v; return this; }
        public Builder timeRange(TimeRange v) { timeRange = v; return this; }
        public Builder overTime(Map<String, TimeSeries> v) { overTime = v; return this; }
        public Builder languages(Map<String, Long> v) { languages = v; return this; }
        public Builder topHashtags(List<TagCount> v) { topHashtags = v; return this; }
        public Builder topAuthors(List<AuthorStat> v) { topAuthors = v; return this; }
        public Builder labelCounts(Map<String, Map<String, Long>> v) { labelCounts = v; return this; }
        public Builder redactions(Map<String, Long> v) { redactions = v; return this; }
        public Builder notes(List<String> v) { notes = v; return this; }

        /** The flagged posts to list and how many were flagged in all. */
        public Builder flagged(List<FlaggedPost> v, long total) {
            flagged = v;
            flaggedTotal = total;
            return this;
        }

        public ReportData build() {
            return new ReportData(title, generatedAt, input, postCount, authorCount, timeRange, overTime, languages,
                    topHashtags, topAuthors, labelCounts, flagged, flaggedTotal, redactions, notes);
        }
    }
}
