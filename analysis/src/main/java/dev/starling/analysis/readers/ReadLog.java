package dev.starling.analysis.readers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The running tally behind a {@link ReadReport}. Formats report skips and warnings here as they
 * read; {@link PostStream} counts the posts it hands out. Single-threaded, like the read itself.
 */
public final class ReadLog {
    private final String format;
    private long posts;
    private long skippedCount;
    private final Map<SkipKind, Long> byKind = new EnumMap<>(SkipKind.class);
    private final List<Skip> skips = new ArrayList<>();
    private long warningCount;
    private final List<ReadWarning> warnings = new ArrayList<>();
    private boolean damaged;

    public ReadLog(String format) {
        this.format = format;
    }

    /** A record that gave no post. */
    public void skip(Location where, SkipKind kind, String detail) {
        skippedCount++;
        byKind.merge(kind, 1L, Long::sum);
        if (skips.size() < ReadReport.MAX_LISTED) {
            skips.add(new Skip(where, kind, detail));
        }
    }

    /** A problem that did not cost a record; {@code line} 0 for the whole input. */
    public void warn(long line, String message) {
        warningCount++;
        if (warnings.size() < ReadReport.MAX_LISTED) {
            warnings.add(new ReadWarning(line, message));
        }
    }

    /** The input ended early (e.g. a truncated gzip file); what was read before stays read. */
    public void damaged(String message) {
        damaged = true;
        warn(0, message);
    }

    void produced() {
        posts++;
    }

    /** The report as it stands now; final once the stream is exhausted. */
    public ReadReport snapshot() {
        return new ReadReport(format, posts + skippedCount, posts, skippedCount, byKind, skips,
                warningCount, warnings, damaged);
    }
}
