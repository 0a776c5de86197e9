/**
 * The BERT encoder family (BERT, MiniLM, bge): configuration, model, and loaders that map ONNX
 * exports and HuggingFace checkpoints onto it. Shared math lives in {@code nn}; this package is
 * wiring and weight naming.
 */
package dev.starling.engine.model.bert;
