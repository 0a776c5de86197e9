/**
 * Readers for the public recommendation data sets the recommenders are evaluated on (from
 * {@code ../shared/datasets}): MovieTweetings 100K (ratings tweeted from the IMDb app) and HetRec
 * 2011 Last.fm 2K (listening counts, tags with dates, a friend network). Each becomes an
 * {@link dev.starling.analysis.recommend.data.RecDataset}: time-stamped interactions, a content
 * vector per item and, where the data has one, the social graph.
 */
package dev.starling.analysis.recommend.data;
