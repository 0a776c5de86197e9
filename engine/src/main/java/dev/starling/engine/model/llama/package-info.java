/**
 * The Llama family of decoders: RMSNorm pre-norm blocks, rotary positions (with the model's θ and
 * optional Llama-3 / linear frequency scaling), SwiGLU feed-forward, grouped-query attention.
 * The same wiring covers Llama 2/3.x, Mistral, TinyLlama, SmolLM2 and Qwen2.5 (which adds biases
 * to the Q/K/V projections). Config + model + weight wiring only; the blocks live in {@code nn}.
 */
package dev.starling.engine.model.llama;
