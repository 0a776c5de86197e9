package dev.starling.analysis.influence;

/**
 * One account's influence.
 *
 * @param author          the node key (a pseudonym)
 * @param posts           posts written in the corpus (0 for an account only mentioned or answered)
 * @param followers       the largest follower count seen, or -1 when no source gave one
 * @param views           views summed over its posts (where the source reports them)
 * @param engagement      likes + reposts + replies + quotes summed over its posts
 * @param inWeight        weighted in-degree: how much others reposted, quoted, answered and mentioned it
 * @param pageRank        PageRank in the interaction graph (all accounts sum to 1)
 * @param byPageRank      1-based position by PageRank
 * @param byReach         1-based position by reach (followers, then views)
 * @param byEngagement    1-based position by engagement
 */
public record AuthorRank(String author, long posts, long followers, long views, long engagement, double inWeight,
                         double pageRank, int byPageRank, int byReach, int byEngagement) {
}
