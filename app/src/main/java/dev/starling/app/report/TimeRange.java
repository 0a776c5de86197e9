package dev.starling.app.report;

import java.time.Instant;
import java.util.Objects;

/**
 * The first and last post time.
 *
 * @param first the earliest post time
 * @param last  the latest post time, not before {@code first}
 */
public record TimeRange(Instant first, Instant last) {
    public TimeRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("time range ends before it starts: " + first + " > " + last);
        }
    }
}
