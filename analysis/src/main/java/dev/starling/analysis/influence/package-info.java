/**
 * Influence and share of voice: authors ranked by reach, engagement and PageRank centrality in the
 * weighted mention / reply / quote / repost graph, and the share of posts each tracked term or brand
 * takes per week. Authors are pseudonyms: the graph is built from protected posts only.
 */
package dev.starling.analysis.influence;
