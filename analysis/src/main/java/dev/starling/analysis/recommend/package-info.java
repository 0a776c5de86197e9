/**
 * Recommendation: "more like this" through an approximate nearest-neighbour index ({@link
 * dev.starling.analysis.recommend.HnswIndex}, checked against {@link dev.starling.analysis.recommend.ExactIndex}),
 * and "for you" rankings of items for a user from their history ({@link dev.starling.analysis.recommend.BlendRanker}:
 * content similarity, co-occurrence, popularity, recency and friends' items, each standardised, then blended,
 * then diversified by {@link dev.starling.analysis.recommend.Mmr}).
 *
 * <p>Baselines ({@link dev.starling.analysis.recommend.PopularityRanker}, implicit matrix factorisation
 * {@link dev.starling.analysis.recommend.ImplicitAls}) and the time-ordered leave-last-out protocol
 * ({@link dev.starling.analysis.recommend.LeaveLastOut}) measure whether the blend is worth it. Users and items
 * are dense ints here; mapping ids to ints is the caller's business.
 */
package dev.starling.analysis.recommend;
