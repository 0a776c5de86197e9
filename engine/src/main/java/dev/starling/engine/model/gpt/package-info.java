/**
 * The GPT-style decoder family: a small causal language model Starling pretrains on tweets
 * (learned positions, pre-LayerNorm blocks, causal attention, tied output embeddings).
 */
package dev.starling.engine.model.gpt;
