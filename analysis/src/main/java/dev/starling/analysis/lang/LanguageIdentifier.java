package dev.starling.analysis.lang;

import dev.starling.analysis.text.NormalizerOptions;
import dev.starling.analysis.text.SocialTextNormalizer;

/** Decides the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {
    /** The language of {@code text}; {@link Detection#undetermined()} when it cannot tell. */
    Detection detect(String text);

    /**
     * For posts: normalises first (mentions, URLs and hashtags removed, HTML decoded, invisible
     * characters dropped), then script rules, then n-grams. Profiles load on first use of a script.
     */
    static LanguageIdentifier forSocialText() {
        return new SocialLanguageIdentifier(new SocialTextNormalizer(NormalizerOptions.wordsOnly()),
                ScriptNgramLanguageIdentifier.standard());
    }
}
