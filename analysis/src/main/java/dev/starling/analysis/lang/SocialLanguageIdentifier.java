package dev.starling.analysis.lang;

import dev.starling.analysis.text.HashtagMode;
import dev.starling.analysis.text.NormalizedText;
import dev.starling.analysis.text.SocialTextNormalizer;

import java.util.Objects;

/**
 * Identifies the language of a post's words: normalises with a words-only normaliser, then asks
 * the inner identifier. When nothing but hashtags is left ({@code #MondayMotivation 💪}), the
 * hashtags' words are used instead, so such a post still gets a language.
 */
public final class SocialLanguageIdentifier implements LanguageIdentifier {
    private final SocialTextNormalizer wordsOnly;
    private final SocialTextNormalizer withHashtagWords;
    private final LanguageIdentifier inner;

    /** {@code wordsOnly} should remove mentions and URLs; hashtags are removed here either way. */
    public SocialLanguageIdentifier(SocialTextNormalizer wordsOnly, LanguageIdentifier inner) {
        Objects.requireNonNull(wordsOnly, "wordsOnly");
        this.wordsOnly = new SocialTextNormalizer(wordsOnly.options().withHashtags(HashtagMode.REMOVE));
        this.withHashtagWords = new SocialTextNormalizer(wordsOnly.options().withHashtags(HashtagMode.SEGMENT));
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public Detection detect(String text) {
        NormalizedText words = wordsOnly.normalize(text);
        Detection detection = inner.detect(words.normalized());
        if (detection.isDetermined() || words.hashtags().isEmpty()) {
            return detection;
        }
        return inner.detect(withHashtagWords.normalize(text).normalized());
    }
}
