package dev.starling.analysis.readers.x;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The side tables of X API v2 responses: users by id and media by key. Bad entries are left out
 * (the tweets that refer to them then just lack the join), never fatal.
 */
final class XIncludes {
    private final Map<String, Author> users = new HashMap<>();
    private final Map<String, Media> media = new HashMap<>();

    static XIncludes empty() {
        return new XIncludes();
    }

    /** Adds the tables of one {@code includes} object. */
    void add(Map<String, Object> includes) {
        for (Map<String, Object> u : safeObjects(includes, "users")) {
            try {
                String id = Fields.id(u, "id");
                if (id != null) {
                    Map<String, Object> pm = Fields.object(u, "public_metrics");
                    Long followers = pm == null ? null : Fields.count(pm, "followers_count");
                    users.put(id, new Author(id, Fields.string(u, "username"), Fields.string(u, "name"), followers));
                }
            } catch (RecordException e) {
                // a malformed user entry: tweets by this id keep the id only
            }
        }
        for (Map<String, Object> m : safeObjects(includes, "media")) {
            try {
                String key = Fields.string(m, "media_key");
                if (key != null) {
                    String url = Fields.string(m, "url");
                    media.put(key, new Media(mediaType(Fields.string(m, "type")),
                            url != null ? url : Fields.string(m, "preview_image_url"), Fields.string(m, "alt_text")));
                }
            } catch (RecordException e) {
                // a malformed media entry: the attachment is dropped
            }
        }
    }

    Author author(String id) {
        return users.get(id);
    }

    Media media(String key) {
        return media.get(key);
    }

    boolean isEmpty() {
        return users.isEmpty() && media.isEmpty();
    }

    /** X's media types in the post model's vocabulary. */
    static String mediaType(String xType) {
        if (xType == null) {
            return "other";
        }
        return switch (xType) {
            case "photo" -> "photo";
            case "video" -> "video";
            case "animated_gif" -> "gif";
            default -> "other";
        };
    }

    private static Iterable<Map<String, Object>> safeObjects(Map<String, Object> m, String key) {
        try {
            return Fields.objects(m, key);
        } catch (RecordException e) {
            return List.of();
        }
    }
}
