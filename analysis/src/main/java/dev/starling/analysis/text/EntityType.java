package dev.starling.analysis.text;

/** The kinds of entity the normaliser finds in social text. */
public enum EntityType {
    /** {@code @handle}, optionally with a server ({@code @user@mastodon.social}). */
    MENTION,
    /** {@code #tag}; its normalised form is the tag split into lower-case words. */
    HASHTAG,
    /** An {@code http(s)://} or {@code www.} link. */
    URL,
    /** One emoji: a single grapheme cluster (ZWJ sequence, flag, keycap, skin tone included). */
    EMOJI
}
