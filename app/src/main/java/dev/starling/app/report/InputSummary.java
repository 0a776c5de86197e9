package dev.starling.app.report;

import java.util.List;
import java.util.Objects;

/**
 * What was read: the input sources, how many records, and which were skipped and why.
 *
 * @param sources      each input file with its format and the records taken from it
 * @param recordsRead  records read over all sources, skipped ones included
 * @param skippedCount records skipped over all sources
 * @param firstSkipped the first few skipped records (at most {@link #MAX_SKIPPED_SHOWN}; extra ones are dropped)
 */
public record InputSummary(List<Source> sources, long recordsRead, long skippedCount, List<Skipped> firstSkipped) {
    /** How many skipped records are kept for the report; the count covers all of them. */
    public static final int MAX_SKIPPED_SHOWN = 50;

    public InputSummary {
        sources = List.copyOf(sources);
        skippedCount = Math.max(skippedCount, firstSkipped.size());
        firstSkipped = firstSkipped.size() > MAX_SKIPPED_SHOWN
                ? List.copyOf(firstSkipped.subList(0, MAX_SKIPPED_SHOWN)) : List.copyOf(firstSkipped);
        if (recordsRead < 0 || skippedCount < 0) {
            throw new IllegalArgumentException("negative record count");
        }
    }

    /** Nothing read (e.g. a report built from aggregates alone). */
    public static InputSummary empty() {
        return new InputSummary(List.of(), 0, 0, List.of());
    }

    /**
     * One input file.
     *
     * @param path    the file as given on the command line
     * @param format  the format name it was read as (e.g. "jsonl", "twitter-v2")
     * @param records records taken from it
     */
    public record Source(String path, String format, long records) {
        public Source {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * One skipped record.
     *
     * @param file   the input file
     * @param line   1-based line (or record) number in that file
     * @param reason why it was skipped, one line
     */
    public record Skipped(String file, long line, String reason) {
        public Skipped {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        /** {@code file:line}, the form editors and terminals link to. */
        public String location() {
            return file + ":" + line;
        }
    }
}
