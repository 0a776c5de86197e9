/**
 * Corpus-level insights that {@code analyze} adds to its report (topics, trends, influence,
 * engagement, explanations): the {@link dev.starling.app.insight.Insight} extension point and its loader.
 */
package dev.starling.app.insight;
