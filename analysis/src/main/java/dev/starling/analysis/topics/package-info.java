/**
 * Topic mining as a pipeline of small typed stages, after BERTopic but without its god class:
 * post embeddings ({@link dev.starling.engine.embed.TextEmbedder}) → {@link Reducer} (PCA) →
 * {@link Clusterer} (HDBSCAN on a seeded sample of at most a few thousand points, so the O(m²)
 * step stays bounded) → every post assigned to the topic of its nearest sampled neighbour
 * (outliers re-assigned to the nearest topic centroid by default) → {@link TermWeighter}
 * (c-TF-IDF over {@link TermExtractor} terms: per-language stop words, CJK bigrams) →
 * {@link KeywordSelector} (among the 50 best c-TF-IDF terms, those that co-occur in the topic's own
 * posts: {@link CoherentKeywords}) → {@link TopicLabeler} (keywords, or a generator when one is
 * plugged in).
 *
 * <p>{@link TopicPipeline#fit} learns a {@link TopicModel} from a sample; {@link TopicCorpus}
 * then takes posts in chunks of any size (the incremental mode: memory is bounded by the sample,
 * the term counts and a few representatives per topic), and {@link TopicCorpus#finish} gives
 * {@link Topics}: keywords, sizes, counts over time and per group, and a merge hierarchy.
 * The same seed gives the same topics: every random choice draws from a {@link java.util.SplittableRandom}
 * seeded from it, and no step depends on thread scheduling or hash order.
 */
package dev.starling.analysis.topics;
