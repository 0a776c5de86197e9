package dev.starling.analysis.topics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The width of a topics-over-time bucket, in UTC. */
public enum TimeBucket {
    DAY, WEEK;

    /** The bucket's first day, ISO (weeks start on Monday). */
    public String of(Instant t) {
        LocalDate day = t.atZone(ZoneOffset.UTC).toLocalDate();
        return (this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).toString();
    }
}
