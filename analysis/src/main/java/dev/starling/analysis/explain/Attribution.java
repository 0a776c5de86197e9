package dev.starling.analysis.explain;

/**
 * One token's share of a score. Tokens are shown in reading order; {@code joined} tokens continue the
 * previous word (a "##" word piece) and print without a space.
 *
 * @param token  the token as shown (a word piece without "##", a word, a character)
 * @param value  its attribution, in the units of the explained score
 * @param joined whether it continues the previous token
 */
public record Attribution(String token, double value, boolean joined) {
}
