/**
 * Compute kernels behind one interface, {@link dev.starling.engine.ops.Kernels}: matrix products
 * (packed-weight linear layers and small strided products for attention), softmax, LayerNorm,
 * exact GELU, add/scale and gather. {@link dev.starling.engine.ops.ScalarKernels} is the naive
 * reference; {@link dev.starling.engine.ops.VectorKernels} is the Vector API implementation,
 * tested element by element against it. Backends are found through ServiceLoader
 * ({@link dev.starling.engine.ops.KernelProvider}).
 */
package dev.starling.engine.ops;
