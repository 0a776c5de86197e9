package dev.starling.analysis.influence;

import java.util.List;
import java.util.Map;

/**
 * The ranked accounts and the size of the graph they were ranked in.
 *
 * @param ranks       every account, by PageRank (highest first)
 * @param posts       posts seen
 * @param accounts    nodes (authors and accounts only mentioned)
 * @param edges       weighted edges after self-loops were dropped
 * @param edgesByKind edges per interaction
 * @param unresolved  replies, quotes and reposts of posts outside the corpus (no edge)
 */
public record InfluenceResult(List<AuthorRank> ranks, long posts, int accounts, int edges,
                              Map<Interaction, Integer> edgesByKind, int unresolved) {
    public InfluenceResult {
        ranks = List.copyOf(ranks);
        edgesByKind = Map.copyOf(edgesByKind);
    }
}
