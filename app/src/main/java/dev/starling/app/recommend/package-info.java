/**
 * Post recommendation in the app: {@code starling recommend} ("more like this" and "for you" on
 * the command line) and the report's recommendation insight. Both read protected posts, embed
 * them with the built-in all-MiniLM-L6-v2 and ask {@link dev.starling.analysis.recommend.PostRecommender}.
 */
package dev.starling.app.recommend;
