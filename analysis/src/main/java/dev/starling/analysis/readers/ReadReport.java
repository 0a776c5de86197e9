package dev.starling.analysis.readers;

import java.util.List;
import java.util.Map;

/**
 * What a read did. Every record read ends as exactly one post or one skip, so
 * {@code recordsRead == postsProduced + skippedCount} once the stream is exhausted. The lists keep
 * the first {@link #MAX_LISTED} entries; the counts are always complete.
 *
 * @param format        the name of the format that read the input
 * @param recordsRead   records seen (lines, array elements, CSV rows; blank lines are not records)
 * @param postsProduced posts handed out
 * @param skippedCount  records that gave no post
 * @param skippedByKind {@code skippedCount} split by reason
 * @param skipped       the first skips, in input order
 * @param warningCount  warnings raised
 * @param warnings      the first warnings, in input order
 * @param damaged       true when the input ended early (a truncated or corrupt gzip stream)
 */
public record ReadReport(String format, long recordsRead, long postsProduced, long skippedCount,
                         Map<SkipKind, Long> skippedByKind, List<Skip> skipped,
                         long warningCount, List<ReadWarning> warnings, boolean damaged) {
    /** How many skips and warnings are kept for listing. */
    public static final int MAX_LISTED = 1000;

    public ReadReport {
        skippedByKind = Map.copyOf(skippedByKind);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** Skipped records of one kind. */
    public long skipped(SkipKind kind) {
        return skippedByKind.getOrDefault(kind, 0L);
    }

    /** One line for a log or the terminal. */
    public String summary() {
        return format + ": " + recordsRead + " records, " + postsProduced + " posts, " + skippedCount
                + " skipped, " + warningCount + " warnings" + (damaged ? ", input damaged (read up to the damage)" : "");
    }
}
