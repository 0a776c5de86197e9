/**
 * Model families, one sub-package each ({@code bert}, {@code gpt}, {@code gpt2}, {@code llama}):
 * Config + Model + weight wiring. Here only what the families share at the file boundary
 * ({@link dev.starling.engine.model.GgufWeights}).
 */
package dev.starling.engine.model;
