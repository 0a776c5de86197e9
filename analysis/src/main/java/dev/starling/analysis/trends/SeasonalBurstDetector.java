package dev.starling.analysis.trends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Burst detection on a daily count series against a weekly-seasonal, robust baseline.
 *
 * <p>The rule, for day {@code t} with count {@code x[t]}:
 * <ol>
 *   <li><b>Seasonal reference set</b> {@code R(t) = { x[t ± 7k] : 1 ≤ k ≤ weeks }} — the same weekday
 *       in up to {@code weeks} weeks before and after (the analysis is retrospective, so later weeks
 *       count too; day {@code t} itself never does). With fewer than {@code minReference} values the
 *       day is not scored.</li>
 *   <li><b>Expected</b> {@code e = median(R)}.</li>
 *   <li><b>Scale</b> {@code s = max(1.4826 · MAD(R), sqrt(max(e, 1)))}: the robust standard deviation
 *       of the reference weekdays, floored by the Poisson standard deviation so that a quiet series
 *       (MAD 0) does not turn every extra post into a burst.</li>
 *   <li><b>Score</b> {@code z = (x[t] − e) / s}. A burst is {@code z ≥ zThreshold} and
 *       {@code x[t] − e ≥ minExcess} (a handful of extra posts is never an alert).</li>
 * </ol>
 * An ordinary weekly peak (every Monday high) is in its own reference set, so it raises {@code e},
 * not {@code z}; a Monday far above the other Mondays is a burst.
 *
 * @param weeks        how many weeks (seasons, for {@link #bursts(long[], int)}) on each side form the reference set
 * @param minReference the fewest reference values needed to score a day
 * @param zThreshold   robust z-score at or above which a day is a burst
 * @param minExcess    the fewest posts above expectation a burst needs
 */
public record SeasonalBurstDetector(int weeks, int minReference, double zThreshold, double minExcess) {
    /** The MAD of a normal sample times this is its standard deviation. */
    static final double MAD_TO_SIGMA = 1.4826;

    public SeasonalBurstDetector {
        if (weeks < 1 || minReference < 1 || minReference > 2 * weeks) {
            throw new IllegalArgumentException("need 1 <= minReference <= 2*weeks, got weeks=" + weeks + " minReference=" + minReference);
        }
    }

    /** Four weeks each side, at least two reference weekdays, z ≥ 3.5, at least 3 extra posts. */
    public static SeasonalBurstDetector defaults() {
        return new SeasonalBurstDetector(4, 2, 3.5, 3);
    }

    /** One scored day. */
    public record Score(int day, long count, double expected, double scale, double z) {
        public boolean isBurst(SeasonalBurstDetector d) {
            return z >= d.zThreshold() && count - expected >= d.minExcess();
        }
    }

    /** Days in the seasonal period of a daily series: the weekday comes back after 7. */
    public static final int WEEK = 7;
    /** Hours in the seasonal period of an hourly series: the hour of day comes back after 24. */
    public static final int DAY = 24;

    /** The expected value of day {@code t} of {@code x} (NaN where the reference set is too small). */
    public double expected(long[] x, int t) {
        double[] r = reference(x, t, WEEK);
        return r.length < minReference ? Double.NaN : median(r);
    }

    /** Scores day {@code t} of {@code x}; null when it has too few reference weekdays. */
    public Score score(long[] x, int t) {
        return score(x, t, WEEK);
    }

    /**
     * Scores step {@code t} of a series whose season is {@code period} steps long (the reference
     * set is x[t ± period·k], k = 1..weeks); null when it has too few reference values.
     */
    public Score score(long[] x, int t, int period) {
        double[] r = reference(x, t, period);
        if (r.length < minReference) {
            return null;
        }
        double e = median(r);
        double[] dev = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            dev[i] = Math.abs(r[i] - e);
        }
        double s = Math.max(MAD_TO_SIGMA * median(dev), Math.sqrt(Math.max(e, 1.0)));
        return new Score(t, x[t], e, s, (x[t] - e) / s);
    }

    /** Every burst day of {@code x}, in day order. */
    public List<Score> bursts(long[] x) {
        return bursts(x, WEEK);
    }

    /** Every burst step of a series with a season of {@code period} steps, in order. */
    public List<Score> bursts(long[] x, int period) {
        List<Score> out = new ArrayList<>();
        for (int t = 0; t < x.length; t++) {
            Score s = score(x, t, period);
            if (s != null && s.isBurst(this)) {
                out.add(s);
            }
        }
        return out;
    }

    /** R(t): x[t ± period·k] for k = 1..weeks, inside the series. */
    private double[] reference(long[] x, int t, int period) {
        double[] r = new double[2 * weeks];
        int n = 0;
        for (int k = 1; k <= weeks; k++) {
            if (t - period * k >= 0) {
                r[n++] = x[t - period * k];
            }
            if (t + period * k < x.length) {
                r[n++] = x[t + period * k];
            }
        }
        return Arrays.copyOf(r, n);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }
}
