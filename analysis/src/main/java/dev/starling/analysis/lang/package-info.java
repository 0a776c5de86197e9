/**
 * Language identification of short social text, as ISO 639-1 codes ({@code und} when there is not
 * enough to go on, e.g. emoji only).
 *
 * <p>Two stages, cheapest and surest first. The writing system decides wherever it is unique to a
 * language: Hangul is Korean, kana is Japanese, Han without kana is Chinese (Traditional and
 * Simplified alike), Greek, Hebrew, Thai and a dozen Indic and other scripts likewise; Arabic script
 * is Arabic unless letters only Persian or Urdu use appear. Only text in Latin, Cyrillic or
 * Devanagari script reaches the statistical stage: a naive-Bayes character n-gram detector
 * (Optimaize language-detector, profiles bundled in its jar), restricted to the languages of that
 * script, and for Cyrillic further to the languages whose alphabet holds every letter seen.
 *
 * <p>{@link dev.starling.analysis.lang.LanguageIdentifier#forSocialText()} runs this on the
 * normalised text with mentions, URLs and hashtags removed, because handles and links carry no
 * language and hashtags are often English inside posts in other languages.
 */
package dev.starling.analysis.lang;
