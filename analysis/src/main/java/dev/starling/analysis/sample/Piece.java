package dev.starling.analysis.sample;

/**
 * One run of a post before it is rendered: each platform writes the same pieces its own way (a hashtag is
 * {@code #tag} with code-point offsets on X, a byte-range facet on Bluesky, an anchor in Mastodon HTML,
 * {@code #tag#} on Weibo), which is what keeps entity offsets exact.
 */
sealed interface Piece {
    /** Plain text, written as is (platforms escape it as they must). */
    record Words(String text) implements Piece {
    }

    /** A hashtag, without the '#'. */
    record Tag(String tag) implements Piece {
    }

    /** A mention of another account of the same platform. */
    record Mention(Persona who) implements Piece {
    }

    /** A link, as the poster pasted it. */
    record Link(String url) implements Piece {
    }
}
