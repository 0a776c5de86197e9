package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs several {@link PiiDetector}s over a text and returns one non-overlapping list of matches,
 * sorted by position.
 *
 * <p>Overlaps are settled by merging: matches that overlap (directly or through a chain) become one
 * match covering their union, typed by the member with the highest {@link PiiType} precedence
 * (then the longest). Merging rather than dropping the loser means no part of a losing match is left
 * in clear text: if a phone-shaped span overlaps a card number, the whole span is treated as the card.
 */
public final class CompositeDetector implements PiiDetector {
    private final List<PiiDetector> detectors;

    private CompositeDetector(List<PiiDetector> detectors) {
        if (detectors.isEmpty()) {
            throw new IllegalArgumentException("no PII detectors given");
        }
        this.detectors = List.copyOf(detectors);
    }

    /** A composite of exactly these detectors. */
    public static CompositeDetector of(List<? extends PiiDetector> detectors) {
        return new CompositeDetector(new ArrayList<>(detectors));
    }

    /**
     * Every detector registered with {@link ServiceLoader}. Fails when none is found (for instance a
     * repackaged jar that lost its service files): running without detection would silently let
     * personal data through, so the privacy layer fails closed.
     */
    public static CompositeDetector standard() {
        List<PiiDetector> found = new ArrayList<>();
        ServiceLoader.load(PiiDetector.class, CompositeDetector.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            throw new IllegalStateException("no PII detectors registered in META-INF/services/"
                    + PiiDetector.class.getName() + "; refusing to process text without privacy detection");
        }
        return new CompositeDetector(found);
    }

    /** The detectors this composite runs, in order. */
    public List<PiiDetector> detectors() {
        return detectors;
    }

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> all = new ArrayList<>();
        for (PiiDetector d : detectors) {
            all.addAll(d.find(text));
        }
        return resolve(all);
    }

    /** Merges overlapping matches as described in the class comment; result sorted by start. */
    static List<PiiMatch> resolve(List<PiiMatch> matches) {
        List<PiiMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(PiiMatch::start).thenComparingInt(PiiMatch::end));
        List<PiiMatch> out = new ArrayList<>();
        int k = 0;
        while (k < sorted.size()) {
            PiiMatch best = sorted.get(k);
            int start = best.start();
            int end = best.end();
            k++;
            while (k < sorted.size() && sorted.get(k).start() < end) {
                PiiMatch m = sorted.get(k);
                end = Math.max(end, m.end());
                if (beats(m, best)) {
                    best = m;
                }
                k++;
            }
            out.add(new PiiMatch(best.type(), start, end));
        }
        return out;
    }

    private static boolean beats(PiiMatch a, PiiMatch b) {
        if (a.type() != b.type()) {
            return a.type().ordinal() < b.type().ordinal();
        }
        return a.length() > b.length();
    }
}
