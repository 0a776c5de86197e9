/**
 * Post classification: fine-tuning a BERT classifier on labelled posts (full, LoRA or head-only)
 * and the compact task models that result, loaded on top of the base encoder for fast inference.
 */
package dev.starling.analysis.classify;
