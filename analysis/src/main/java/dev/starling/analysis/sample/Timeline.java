package dev.starling.analysis.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Random;

/**
 * When people post: over 43 days from Monday 1 June 2026 (UTC), more on weekdays than at weekends, most in
 * the poster's local evening, and with extra volume on the launch (day 8), recall (days 22–23) and final
 * (day 41) days, so that a trend detector sees seasonality and spikes.
 */
final class Timeline {
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final int DAYS = 43;
    private static final long DAY_MS = 86_400_000L;
    /** Monday first. */
    private static final double[] WEEKDAY = {1.0, 1.0, 1.0, 1.0, 0.95, 0.7, 0.65};
    /** Local hours 0..23: quiet nights, a lunchtime bump and an evening peak. */
    private static final double[] HOUR = {0.30, 0.20, 0.12, 0.08, 0.06, 0.08, 0.20, 0.45, 0.70, 0.75, 0.70, 0.70,
        0.85, 0.80, 0.70, 0.70, 0.75, 0.95, 1.20, 1.40, 1.50, 1.40, 1.10, 0.60};
    private static final double[] DAY = dayWeights();

    private Timeline() {
    }

    private static double[] dayWeights() {
        double[] w = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            w[d] = WEEKDAY[d % 7];
        }
        w[8] += 1.8;
        w[22] += 3.0;
        w[23] += 1.0;
        w[41] += 2.0;
        return w;
    }

    /**
     * A post time for someone {@code utcOffset} hours ahead of UTC; bots post at any hour.
     */
    static Instant sample(int utcOffset, boolean bot, Random rnd) {
        while (true) {
            int day = draw(DAY, rnd);
            int hour = bot ? rnd.nextInt(24) : draw(HOUR, rnd);
            long localMs = day * DAY_MS + hour * 3_600_000L + rnd.nextInt(3_600_000);
            Instant at = START.plusMillis(localMs - utcOffset * 3_600_000L);
            if (!at.isBefore(START) && at.isBefore(START.plusMillis(DAYS * DAY_MS))) {
                return at;
            }
        }
    }

    /** The poster's local day number (0 = 1 June). */
    static int localDay(Instant at, int utcOffset) {
        long ms = at.toEpochMilli() - START.toEpochMilli() + utcOffset * 3_600_000L;
        return (int) Math.floorDiv(ms, DAY_MS);
    }

    static DayOfWeek dayOfWeek(int day) {
        return DayOfWeek.of(Math.floorMod(day, 7) + 1);
    }

    private static int draw(double[] weights, Random rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = rnd.nextDouble() * sum;
        for (int k = 0; k < weights.length; k++) {
            r -= weights[k];
            if (r < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }
}
