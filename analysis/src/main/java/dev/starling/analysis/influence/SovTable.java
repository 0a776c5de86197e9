package dev.starling.analysis.influence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Share-of-voice counts: posts naming each term per week.
 *
 * @param weeks    the Mondays (UTC) of the weeks, in order
 * @param counts   term → posts per week, shape [weeks]
 * @param explicit true when the terms were given (--track), false when they are the most used hashtags
 */
public record SovTable(List<LocalDate> weeks, Map<String, long[]> counts, boolean explicit) {
    /** The share of term {@code t} in week {@code w} among all tracked mentions that week (0 when none). */
    public double share(String t, int w) {
        long sum = 0;
        for (long[] c : counts.values()) {
            sum += c[w];
        }
        return sum == 0 ? 0 : (double) counts.get(t)[w] / sum;
    }

    public long total(String t) {
        long s = 0;
        for (long v : counts.get(t)) {
            s += v;
        }
        return s;
    }
}
