package dev.starling.analysis.influence;

/**
 * The kinds of edge in the influence graph, pointing from the acting author to the one acted on,
 * with their weights: sharing a post (repost, quote) endorses its author most, answering less, naming
 * least.
 */
public enum Interaction {
    REPOST(1.0), QUOTE(1.0), REPLY(0.75), MENTION(0.5);

    private final double weight;

    Interaction(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
