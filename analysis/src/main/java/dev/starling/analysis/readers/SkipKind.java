package dev.starling.analysis.readers;

/** Why a record produced no post. */
public enum SkipKind {
    /** Not parseable: a broken JSON line, bad CSV quoting, a record cut off by the end of the input. */
    MALFORMED,
    /** The id or the text is absent or empty. */
    MISSING_FIELD,
    /** A field has the wrong JSON type, or a count is not a number. */
    WRONG_TYPE,
    /** The platform removed the content (Reddit's "[deleted]" and "[removed]"). */
    DELETED,
    /** A record that is not a post (a Reddit "more" placeholder, a Bluesky like, a deletion event). */
    UNSUPPORTED
}
