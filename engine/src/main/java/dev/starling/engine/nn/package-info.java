/**
 * Neural-network building blocks shared by the model families: linear layers over packed
 * weights, LayerNorm, multi-head self-attention, feed-forward blocks and encoder layers,
 * all operating on {@link dev.starling.engine.nn.RaggedBatch}es (sequences packed without
 * padding) through a {@link dev.starling.engine.ops.Kernels} backend.
 */
package dev.starling.engine.nn;
