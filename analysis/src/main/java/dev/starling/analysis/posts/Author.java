package dev.starling.analysis.posts;

/**
 * Who wrote a post. Any field but {@code id} may be null when the source does not say.
 *
 * @param id          the platform's stable account id (or the handle when no id is given)
 * @param handle      the @handle / username without the leading '@'
 * @param displayName the free-text display name
 * @param followers   follower count when known, else null
 */
public record Author(String id, String handle, String displayName, Long followers) {
    public static Author unknown() {
        return new Author("unknown", null, null, null);
    }

    public Author withIdentity(String newId, String newHandle, String newDisplayName) {
        return new Author(newId, newHandle, newDisplayName, followers);
    }
}
