package dev.starling.analysis.text;

/**
 * Cuts elongations: a letter repeated more than {@code maxLetters} times in a row
 * ({@code loooove}) or a punctuation mark more than {@code maxPunctuation} times ({@code !!!!!!}).
 * Works on grapheme clusters, so an accented letter counts as one; letters compare ignoring case
 * ({@code Aaaah} → {@code Aah}). Digits and emoji are never cut: {@code 1000000} is a number.
 * Feed it clusters in order; it remembers the current run.
 */
final class RepeatLimiter {
    private final int maxLetters;
    private final int maxPunctuation;
    private String previous;
    private int run;

    RepeatLimiter(int maxLetters, int maxPunctuation) {
        this.maxLetters = maxLetters;
        this.maxPunctuation = maxPunctuation;
    }

    /** Whether to write {@code cluster}; false when it extends a run past its limit. */
    boolean accept(String cluster) {
        if (previous != null && previous.equalsIgnoreCase(cluster)) {
            run++;
        } else {
            previous = cluster;
            run = 1;
        }
        int limit = Graphemes.isLetter(cluster) ? maxLetters : Graphemes.isPunctuation(cluster) ? maxPunctuation : 0;
        return limit == 0 || run <= limit;
    }

    /** Forgets the current run (after a space or an entity). */
    void reset() {
        previous = null;
        run = 0;
    }

    /** {@code text} with its elongations cut. */
    static String cap(String text, int maxLetters, int maxPunctuation) {
        if (maxLetters == 0 && maxPunctuation == 0) {
            return text;
        }
        RepeatLimiter limiter = new RepeatLimiter(maxLetters, maxPunctuation);
        StringBuilder out = new StringBuilder(text.length());
        for (String cluster : Graphemes.split(text)) {
            if (limiter.accept(cluster)) {
                out.append(cluster);
            }
        }
        return out.toString();
    }
}
