package dev.starling.app.analyze;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The --since/--until window: [since, until), either end open. Posts without a time pass only an open window. */
record TimeFilter(Instant since, Instant until) {
    static TimeFilter parse(String since, String until) {
        TimeFilter f = new TimeFilter(since == null ? null : instant(since, false), until == null ? null : instant(until, true));
        if (f.since != null && f.until != null && !f.since.isBefore(f.until)) {
            throw new IllegalArgumentException("--since must be before --until");
        }
        return f;
    }

    boolean open() {
        return since == null && until == null;
    }

    boolean accepts(Instant t) {
        if (open()) {
            return true;
        }
        if (t == null) {
            return false;
        }
        return (since == null || !t.isBefore(since)) && (until == null || t.isBefore(until));
    }

    /** A date (2026-10-01) means its start for --since and the start of the next day for --until. */
    private static Instant instant(String s, boolean endOfDay) {
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read time '" + s + "': use 2026-10-01 or 2026-10-01T12:00:00Z");
        }
    }
}
