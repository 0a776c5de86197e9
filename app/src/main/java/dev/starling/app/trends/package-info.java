/**
 * The faces of trends and influence: {@code starling trends} and {@code starling influence}, and the
 * report insights ({@link dev.starling.app.trends.TrendsInsight}, {@link dev.starling.app.trends.InfluenceInsight})
 * that {@code analyze} runs. The analysis itself lives in {@code dev.starling.analysis.trends} and
 * {@code dev.starling.analysis.influence}; this package only feeds it protected posts and shows the result.
 */
package dev.starling.app.trends;
