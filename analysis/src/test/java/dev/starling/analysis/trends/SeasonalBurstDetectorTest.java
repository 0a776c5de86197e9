package dev.starling.analysis.trends;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeasonalBurstDetectorTest {
    private static final SeasonalBurstDetector D = SeasonalBurstDetector.defaults();

    /** Eight weeks from a Monday: Mondays around 40 posts, other days around 10, a little deterministic noise. */
    private static long[] weeklySeries() {
        long[] x = new long[56];
        for (int t = 0; t < x.length; t++) {
            long noise = (t * 7919L) % 5 - 2; // -2..2
            x[t] = (t % 7 == 0 ? 40 : 10) + noise;
        }
        return x;
    }

    @Test
    void anOrdinaryWeeklyPeakIsNotABurst() {
        long[] x = weeklySeries();
        assertEquals(List.of(), D.bursts(x));
        SeasonalBurstDetector.Score monday = D.score(x, 28);
        assertTrue(monday.expected() > 35, "a Monday is expected high: " + monday);
        assertTrue(monday.z() < 1, "an ordinary Monday scores low: " + monday);
    }

    @Test
    void aPlantedMondaySpikeIsFound() {
        long[] x = weeklySeries();
        x[28] = 90; // Monday of week 5
        List<SeasonalBurstDetector.Score> bursts = D.bursts(x);
        assertEquals(1, bursts.size(), bursts.toString());
        assertEquals(28, bursts.get(0).day());
        assertTrue(bursts.get(0).z() > 5, bursts.toString());
    }

    @Test
    void aFlatBaselineWouldHaveFlaggedEveryMonday() {
        // why the baseline is seasonal: against the overall median (about 10) every Monday is far above
        long[] x = weeklySeries();
        double all = SeasonalBurstDetector.median(java.util.Arrays.stream(x).asDoubleStream().toArray());
        assertTrue((x[28] - all) / Math.sqrt(all) > D.zThreshold());
    }

    @Test
    void aQuietSeriesNeedsMoreThanAFewExtraPosts() {
        long[] x = new long[42];
        x[20] = 2; // two posts where there are none: MAD 0, but the Poisson floor and minExcess hold
        assertEquals(List.of(), D.bursts(x));
        x[20] = 6;
        assertEquals(1, D.bursts(x).size());
    }

    @Test
    void aDayWithTooFewReferenceWeekdaysIsNotScored() {
        long[] x = new long[10];
        assertEquals(null, D.score(x, 5)); // no same weekday inside the series
        assertEquals(null, D.score(x, 1)); // one (day 8), fewer than minReference = 2
        assertEquals(List.of(), D.bursts(x));
    }
}
