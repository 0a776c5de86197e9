/**
 * The HuggingFace safetensors format: an 8-byte little-endian header length {@code N}, {@code N}
 * bytes of UTF-8 JSON ({@code name → {"dtype", "shape", "data_offsets": [begin, end]}} plus an
 * optional {@code "__metadata__"} string map), then one byte buffer holding every tensor,
 * row-major and little-endian, at offsets relative to the end of the header.
 *
 * <p>{@link dev.starling.engine.format.safetensors.SafetensorsFormat} is the reader, registered as a
 * {@link dev.starling.engine.format.WeightFormat}. It checks the whole layout when a file is opened
 * (header length against the file size, well-formed JSON, known dtypes, offsets that agree with
 * dtype × shape and tile the data buffer without gaps or overlaps) because the file is untrusted
 * input: a cut download must fail there with the file's name, not later as an index error inside
 * a model. Tensor bytes are memory-mapped per tensor and copied to heap storage on demand, so
 * checkpoints larger than 2 GB open without reading them whole.
 *
 * <p>{@link dev.starling.engine.format.safetensors.SafetensorsWriter} writes the same layout the
 * reference implementation writes (header padded with spaces to a multiple of 8 bytes), atomically.
 * {@link dev.starling.engine.format.safetensors.SafetensorsIndex} presents a sharded checkpoint
 * ({@code model.safetensors.index.json}) as one weight file;
 * {@link dev.starling.engine.format.safetensors.HfCheckpoint} adds {@code config.json}
 * ({@link dev.starling.engine.format.safetensors.HfConfig}, typed) to make a HuggingFace model folder
 * one weight source. JSON side files are size-capped before they are read.
 */
package dev.starling.engine.format.safetensors;
