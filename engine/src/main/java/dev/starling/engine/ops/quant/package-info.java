/**
 * Matrix–vector kernels that read block-quantised weights (ggml Q8_0 and Q4_0) directly, without
 * dequantising the matrix first: for each 32-element block the int quants are widened and
 * multiplied with the float activations, and the block sum is scaled once by the block's d.
 * Decoding one token is a matvec per weight matrix, bound by how fast the weights stream from
 * memory, so weights that stay 1.06 (Q8_0) or 0.56 (Q4_0) bytes per element are what makes it fast.
 *
 * <p>{@link dev.starling.engine.ops.quant.ScalarQuantKernels} is the reference (plain loops,
 * any storage); {@link dev.starling.engine.ops.quant.VectorQuantKernels} uses the Vector API and a
 * thread pool, and is tested against the reference and against dequantise-then-F32. These work on a
 * tensor's storage as it lies in the file (Q4_0 models use them); Q8_0 matrices of a loaded model
 * are re-laid out by {@link dev.starling.engine.ops.Q8Matrix} (rows interleaved in fours, batched
 * prompts in tiles), which is the path decoding takes. Quantisers live with the storages
 * ({@link dev.starling.engine.tensor.Q8_0Storage#quantize}, {@link dev.starling.engine.tensor.Q4_0Storage#quantize})
 * and produce ggml's bytes.
 */
package dev.starling.engine.ops.quant;
