package dev.starling.analysis.lang;

import java.util.Objects;

/**
 * A language decision.
 *
 * @param lang       ISO 639-1 code ({@code en}, {@code zh}, …) or {@link #UNDETERMINED}
 * @param confidence in [0, 1]: the detector's probability times the share of letters in the
 *                   deciding script; 0 when undetermined
 */
public record Detection(String lang, double confidence) {
    /** The code for "no language could be determined" (ISO 639-2 {@code und}). */
    public static final String UNDETERMINED = "und";

    public Detection {
        Objects.requireNonNull(lang, "lang");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    public static Detection undetermined() {
        return new Detection(UNDETERMINED, 0);
    }

    public boolean isDetermined() {
        return !UNDETERMINED.equals(lang);
    }
}
