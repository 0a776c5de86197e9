/**
 * Topic-quality evaluation: our topic pipeline against an LDA baseline (a collapsed Gibbs sampler,
 * {@link dev.starling.bench.topics.GibbsLda}) with the same number of topics on the same
 * documents, scored by NPMI coherence and topic diversity as in the BERTopic paper.
 */
package dev.starling.bench.topics;
