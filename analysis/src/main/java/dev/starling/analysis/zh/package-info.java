/**
 * Chinese posts: sentence vectors from bge-small-zh-v1.5 (a cased WordPiece tokenizer that splits
 * every CJK character, a 4-layer BERT, [CLS] pooling) and a sentiment head trained on those vectors
 * with the same label names as the English sentiment model ({@code negative}, {@code positive}),
 * so callers can route a post by its language and read the same scores.
 */
package dev.starling.analysis.zh;
