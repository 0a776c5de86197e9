/**
 * Social text normalisation: one shared component,
 * {@link dev.starling.analysis.text.SocialTextNormalizer}, turns a post's text into model input while
 * the original is kept beside it.
 *
 * <p>The steps, in order, and why that order: HTML entities are decoded first (to a fixed point,
 * because exported posts are often escaped twice, and {@code &#64;bob} is a mention); invisible
 * characters (zero-width, bidi controls) are removed next, before anything looks for mentions or
 * URLs, because they are used to break those up; then NFC. Only then are URLs, mentions and
 * hashtags found (URLs first: they may contain {@code @} and {@code #}), and the text between them
 * is walked one grapheme cluster at a time, so an emoji ZWJ sequence, a flag or a letter with its
 * accents is never cut. Whitespace is collapsed while the output is written, so entity offsets
 * refer to the final text.
 *
 * <p>Hashtags are split into words by case, digits and underscores, and a single-case run of ASCII
 * letters by {@link dev.starling.analysis.text.WordSegmenter}: the cheapest sequence of words
 * under a Zipf cost derived from the frequency-ordered WordPiece vocabulary of the built-in encoder
 * plus a short curated list of social-media words.
 */
package dev.starling.analysis.text;
