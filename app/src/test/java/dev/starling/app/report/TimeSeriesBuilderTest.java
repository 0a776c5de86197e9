package dev.starling.app.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSeriesBuilderTest {
    private static final LocalDate MONDAY = LocalDate.parse("2024-03-04");

    @Test
    void dailyBucketsFillQuietDaysWithZerosAndKeepLabelOrder() {
        TimeSeries s = new TimeSeriesBuilder(List.of("negative", "neutral", "positive"))
                .add(MONDAY, "positive").add(MONDAY, "positive").add(MONDAY.plusDays(3), "negative")
                .add(Instant.parse("2024-03-05T23:59:59Z"), "surprise").build();

        assertEquals(TimeSeries.Bucket.DAY, s.bucket());
        assertEquals(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3)), s.starts());
        assertEquals(List.of("negative", "neutral", "positive", "surprise"), s.labels());
        assertEquals(List.of(0L, 0L, 0L, 1L), s.counts().get("negative"));
        assertEquals(List.of(0L, 0L, 0L, 0L), s.counts().get("neutral"));
        assertEquals(List.of(2L, 0L, 0L, 0L), s.counts().get("positive"));
        assertEquals(List.of(0L, 1L, 0L, 0L), s.counts().get("surprise"));
    }

    @Test
    void aLongRangeIsBucketedByIsoWeekWithTotalsKept() {
        TimeSeriesBuilder b = new TimeSeriesBuilder(List.of("joy"));
        LocalDate wednesday = MONDAY.plusDays(2);
        int days = TimeSeriesBuilder.MAX_DAILY_BUCKETS + 10;
        for (int d = 0; d < days; d++) {
            b.add(wednesday.plusDays(d), "joy", d + 1);
        }
        TimeSeries s = b.build();

        assertEquals(TimeSeries.Bucket.WEEK, s.bucket());
        assertEquals(MONDAY, s.starts().get(0), "weeks start on Monday");
        s.starts().forEach(start -> assertEquals(java.time.DayOfWeek.MONDAY, start.getDayOfWeek()));
        assertEquals((long) days * (days + 1) / 2, s.total("joy"));
        assertEquals(1 + 2 + 3 + 4 + 5, s.counts().get("joy").get(0), "Wednesday to Sunday of the first week");
    }

    @Test
    void exactlyTheDailyLimitStaysDaily() {
        TimeSeries s = new TimeSeriesBuilder(List.of("x")).add(MONDAY, "x")
                .add(MONDAY.plusDays(TimeSeriesBuilder.MAX_DAILY_BUCKETS - 1), "x").build();
        assertEquals(TimeSeries.Bucket.DAY, s.bucket());
        assertEquals(TimeSeriesBuilder.MAX_DAILY_BUCKETS, s.starts().size());
    }

    @Test
    void nothingAddedGivesAnEmptySeries() {
        TimeSeries s = new TimeSeriesBuilder(List.of("a")).build();
        assertTrue(s.isEmpty());
        assertEquals(List.of(), s.starts());
    }

    @Test
    void aSeriesRejectsCountsThatDoNotMatchItsBuckets() {
        List<LocalDate> two = List.of(MONDAY, MONDAY.plusDays(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeSeries(TimeSeries.Bucket.DAY, two, Map.of("joy", List.of(1L))));
        assertTrue(e.getMessage().contains("joy"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TimeSeries(TimeSeries.Bucket.DAY, List.of(MONDAY, MONDAY), Map.of()));
    }
}
