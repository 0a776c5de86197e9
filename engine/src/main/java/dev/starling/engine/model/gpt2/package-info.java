/**
 * The GPT-2 family of decoders for inference: learned absolute positions, pre-LayerNorm blocks,
 * fused Q/K/V projection, GELU feed-forward (tanh approximation for OpenAI's GPT-2, exact erf for
 * checkpoints of Starling's own {@code TrainableGpt}), output tied to the token embedding.
 * Loads GPT-2 safetensors checkpoints (HF names, with or without the {@code transformer.} prefix)
 * and what {@code starling pretrain --objective clm} saves.
 */
package dev.starling.engine.model.gpt2;
