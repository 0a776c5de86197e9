/**
 * Reverse-mode automatic differentiation for training: {@link dev.starling.engine.autograd.Variable}
 * (value + gradient), {@link dev.starling.engine.autograd.Tape} (records backward steps, runs them in
 * reverse, frees activations as it goes) and the differentiable operations the BERT and decoder
 * families use — linear, add/scale/mul, GELU, SiLU, tanh, dropout, LayerNorm, RMSNorm, embedding
 * lookups, masked multi-head attention, mean pooling and cross-entropy — each computing its forward
 * value with the engine's kernels. Every operation is checked against finite differences.
 */
package dev.starling.engine.autograd;
