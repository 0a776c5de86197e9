package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Helpers for the detector tests: a case is a text and exactly the substrings a detector must find in it. */
final class Cases {
    private Cases() {
    }

    /** A text in which exactly {@code expected} (in order) must be found. */
    static Arguments finds(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    /** A text in which nothing must be found. */
    static Arguments none(String text) {
        return Arguments.of(text, List.of());
    }

    /** What {@code d} finds in {@code text}, as substrings in text order (overlaps merged as in the composite). */
    static List<String> found(PiiDetector d, String text) {
        List<String> out = new ArrayList<>();
        for (PiiMatch m : CompositeDetector.resolve(d.find(text))) {
            out.add(m.in(text));
        }
        return out;
    }

    /** The standard detector's matches as "TYPE:substring". */
    static List<String> typed(PiiDetector d, String text) {
        return d.find(text).stream().map(m -> m.type() + ":" + m.in(text)).toList();
    }

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
