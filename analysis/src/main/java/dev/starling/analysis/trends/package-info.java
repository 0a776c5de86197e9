/**
 * Trends and spikes: daily counts per hashtag and per term, a baseline that knows weekly
 * seasonality, and bursts explained by the terms, posts and authors that drove them.
 *
 * <p>The flow is one pass and bounded memory: {@link dev.starling.analysis.trends.TrendCollector}
 * counts keys per UTC day (pruning rare keys when the vocabulary outgrows its cap) and keeps a
 * deterministic sample of posts per day ({@link dev.starling.analysis.trends.DaySample});
 * {@link dev.starling.analysis.trends.SeasonalBurstDetector} scores each day of each series against
 * the same weekday in the other weeks; {@link dev.starling.analysis.trends.TrendAnalysis} turns the
 * bursts into explained {@link dev.starling.analysis.trends.Alert}s.
 */
package dev.starling.analysis.trends;
