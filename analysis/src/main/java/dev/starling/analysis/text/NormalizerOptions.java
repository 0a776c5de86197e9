package dev.starling.analysis.text;

import java.util.Objects;

/**
 * How {@link SocialTextNormalizer} rewrites a text. Immutable; start from {@link #defaults()} and
 * change what you need with the {@code with…} methods.
 *
 * @param mentions            what becomes of {@code @handles}
 * @param mentionPlaceholder  written for a mention in {@link EntityMode#PLACEHOLDER} mode
 * @param urls                what becomes of URLs
 * @param urlPlaceholder      written for a URL in {@link EntityMode#PLACEHOLDER} mode
 * @param hashtags            what becomes of hashtags
 * @param separateEmoji       put a space between adjacent emoji and around each, so that a run
 *                            like 😂😂🔥 reaches the tokenizer as three symbols
 * @param maxLetterRepeat     a letter repeated more often is cut to this many ({@code loooove} →
 *                            {@code loove} at 2); 0 turns the cut off
 * @param maxPunctuationRepeat the same for punctuation ({@code !!!!!!} → {@code !!!} at 3); 0 = off
 * @param decodeHtml          decode HTML character references ({@code &amp;amp;}, {@code &#x1F600;})
 */
public record NormalizerOptions(EntityMode mentions, String mentionPlaceholder, EntityMode urls, String urlPlaceholder,
                                HashtagMode hashtags, boolean separateEmoji, int maxLetterRepeat,
                                int maxPunctuationRepeat, boolean decodeHtml) {
    public NormalizerOptions {
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(hashtags, "hashtags");
        requireToken(mentionPlaceholder, "mentionPlaceholder");
        requireToken(urlPlaceholder, "urlPlaceholder");
        if (maxLetterRepeat < 0 || maxPunctuationRepeat < 0) {
            throw new IllegalArgumentException("repeat limits must be >= 0 (0 = no limit), got "
                    + maxLetterRepeat + " and " + maxPunctuationRepeat);
        }
    }

    /** Model input: mentions → {@code @user}, URLs → {@code http}, hashtags segmented, emoji separated. */
    public static NormalizerOptions defaults() {
        return new NormalizerOptions(EntityMode.PLACEHOLDER, "@user", EntityMode.PLACEHOLDER, "http",
                HashtagMode.SEGMENT, true, 2, 3, true);
    }

    /** Words only, for language identification: mentions, URLs and hashtags removed. */
    public static NormalizerOptions wordsOnly() {
        return defaults().withMentions(EntityMode.REMOVE).withUrls(EntityMode.REMOVE).withHashtags(HashtagMode.REMOVE);
    }

    public NormalizerOptions withMentions(EntityMode mode) {
        return new NormalizerOptions(mode, mentionPlaceholder, urls, urlPlaceholder, hashtags, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    public NormalizerOptions withMentionPlaceholder(String placeholder) {
        return new NormalizerOptions(mentions, placeholder, urls, urlPlaceholder, hashtags, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    public NormalizerOptions withUrls(EntityMode mode) {
        return new NormalizerOptions(mentions, mentionPlaceholder, mode, urlPlaceholder, hashtags, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    public NormalizerOptions withUrlPlaceholder(String placeholder) {
        return new NormalizerOptions(mentions, mentionPlaceholder, urls, placeholder, hashtags, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    public NormalizerOptions withHashtags(HashtagMode mode) {
        return new NormalizerOptions(mentions, mentionPlaceholder, urls, urlPlaceholder, mode, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    public NormalizerOptions withSeparateEmoji(boolean separate) {
        return new NormalizerOptions(mentions, mentionPlaceholder, urls, urlPlaceholder, hashtags, separate,
                maxLetterRepeat, maxPunctuationRepeat, decodeHtml);
    }

    /** Repeat limits for letters and punctuation; 0 turns a limit off. */
    public NormalizerOptions withRepeatLimits(int letters, int punctuation) {
        return new NormalizerOptions(mentions, mentionPlaceholder, urls, urlPlaceholder, hashtags, separateEmoji,
                letters, punctuation, decodeHtml);
    }

    public NormalizerOptions withDecodeHtml(boolean decode) {
        return new NormalizerOptions(mentions, mentionPlaceholder, urls, urlPlaceholder, hashtags, separateEmoji,
                maxLetterRepeat, maxPunctuationRepeat, decode);
    }

    /** A placeholder is written as one token: it must be non-empty and free of whitespace. */
    private static void requireToken(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(name + " must be non-empty and without whitespace: '" + value + "'");
        }
    }
}
