/**
 * Sentence embeddings: {@link dev.starling.engine.embed.TextEmbedder} and its BERT implementation
 * (tokenize → window long texts → encoder → mean or [CLS] pooling → L2 normalisation → average windows).
 */
package dev.starling.engine.embed;
