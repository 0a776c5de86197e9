/**
 * Engagement prediction and activity patterns: how many replies, reposts and likes a post will get,
 * predicted from its text, its author's past and its time, and when each author's posts do best.
 *
 * <p>All targets are modelled as {@code log1p(count)}: counts are heavy-tailed, and an error of
 * "twice as many" should cost the same at 10 as at 10,000. Everything here walks the posts in
 * time order and lets a post see only what was known before it (its author's earlier posts), so
 * an evaluation on a later period is an honest forecast: {@link AuthorHistory} is the running
 * state, {@link EngagementFeatures} turns a post plus that state into a sparse vector,
 * {@link EngagementModel} is a ridge regression per target on the residual from the author's
 * recent level, and {@link EngagementEvaluation} compares it with two baselines (author running
 * mean, text length) on a time-based split.
 */
package dev.starling.analysis.engagement;
