/**
 * Benchmarks and their anchors: JMH suites for kernels (against the Vector API FMA peak) and
 * the encoder (against ONNX Runtime, same run, same threads), the plain ORT program that
 * {@code ./starling embed} is timed against, and a report printer for BENCHMARKS.md.
 */
package dev.starling.bench;
