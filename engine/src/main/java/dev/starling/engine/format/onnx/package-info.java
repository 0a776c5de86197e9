/**
 * ONNX models read with a small protobuf reader of our own (no protobuf dependency): nodes,
 * attributes and initializers, enough for model families to map a graph's weights onto their
 * layers. {@link dev.starling.engine.format.onnx.OnnxGraph} answers producer/consumer questions.
 */
package dev.starling.engine.format.onnx;
