/**
 * Tensors as shape plus storage. {@link dev.starling.engine.tensor.Storage} has one implementation
 * per element type (float32 for compute; float16, bfloat16 and block-quantised int8 for weights),
 * so new precisions add a storage class without touching the kernels' float32 path.
 */
package dev.starling.engine.tensor;
