/**
 * Fast text classifiers without a neural network: hashed word and character n-gram features,
 * link/phone/money/number shapes, and logistic regression trained by seeded AdaGrad SGD. Used by
 * the spam filter and, beside the encoder, by the Chinese sentiment model.
 */
package dev.starling.analysis.ngrams;
