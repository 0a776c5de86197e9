/**
 * Weight file formats behind one extension point, {@link dev.starling.engine.format.WeightFormat}.
 * Each format lives in its own sub-package and registers itself through ServiceLoader. Readers
 * validate sizes against the file length before reading, so a truncated file fails with a
 * message that names it instead of an index error deep inside a model.
 */
package dev.starling.engine.format;
