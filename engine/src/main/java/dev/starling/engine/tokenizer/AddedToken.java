package dev.starling.engine.tokenizer;

/**
 * One entry of tokenizer.json's {@code added_tokens}: a token matched in the text as a whole before the
 * model sees it (BERT's [CLS], [SEP], [MASK], ... are such tokens).
 *
 * @param id         its id
 * @param content    the literal text that is matched (case-sensitive)
 * @param singleWord match only when not preceded or followed by a word character
 * @param lstrip     the match swallows the whitespace on its left
 * @param rstrip     the match swallows the whitespace on its right
 * @param normalized matched in the normalized text (true) or in the raw input (false)
 * @param special    a special token (matters for decoding, not for encoding)
 */
record AddedToken(int id, String content, boolean singleWord, boolean lstrip, boolean rstrip,
        boolean normalized, boolean special) {
}
