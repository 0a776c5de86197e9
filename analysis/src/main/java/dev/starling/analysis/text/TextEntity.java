package dev.starling.analysis.text;

import java.util.Objects;

/**
 * One entity found in a post.
 *
 * @param type  what it is
 * @param text  the entity as written (after HTML decoding and removal of invisible characters),
 *              e.g. {@code #MondayMotivation}, {@code @user@mastodon.social}
 * @param form  its normalised form: for a hashtag the words ({@code monday motivation}), for a
 *              mention the handle without {@code @}, for a URL and an emoji the text itself
 * @param start where its replacement begins in the normalised text
 * @param end   where it ends (exclusive); equal to {@code start} when the entity was removed
 */
public record TextEntity(EntityType type, String text, String form, int start, int end) {
    public TextEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
