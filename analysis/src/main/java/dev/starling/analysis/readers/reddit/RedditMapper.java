package dev.starling.analysis.readers.reddit;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.text.HtmlEntities;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.fields.RecordException;
import dev.starling.analysis.readers.json.JsonRecordMapper;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Reddit submission or comment, bare (Pushshift) or wrapped as a thing {@code {"kind","data"}}
 * (API), to a post. Reddit's score (ups minus downs) is the closest it has to likes and is stored as
 * such; {@code num_comments} is the reply count.
 */
final class RedditMapper implements JsonRecordMapper {
    private static final Set<String> GONE = Set.of("[deleted]", "[removed]", "[deleted by user]");

    @Override
    public Post map(Map<String, Object> record, Map<String, Object> document, RecordContext context) {
        Map<String, Object> d = data(record);
        boolean comment = d.containsKey("body") && !d.containsKey("title");
        if (!comment && !d.containsKey("title")) {
            throw new RecordException(SkipKind.MISSING_FIELD, "neither a submission ('title') nor a comment ('body')");
        }
        String id = id(d);
        String text = comment ? commentText(d) : submissionText(d);
        Object created = d.containsKey("created_utc") ? d.get("created_utc") : d.get("created");
        Metrics metrics = new Metrics(Fields.count(d, "score"), null, Fields.count(d, "num_comments"), null, null);
        String replyTo = comment ? stripKind(Fields.id(d, "parent_id")) : null;
        List<String> urls = comment ? List.of() : linkUrl(d);
        return new Post(id, Platform.REDDIT, author(d), context.time("created_utc", created), text, null,
                replyTo, null, null, metrics, List.of(), List.of(), urls, comment ? List.of() : media(d, urls));
    }

    /** A comment's replies come as a nested listing (or "" when there are none). */
    @Override
    public List<Object> nested(Map<String, Object> record) {
        if (!"t1".equals(record.get("kind")) || !(record.get("data") instanceof Map<?, ?> d)) {
            return List.of();
        }
        Object replies = d.get("replies");
        return replies instanceof Map ? List.of(replies) : List.of();
    }

    private static Map<String, Object> data(Map<String, Object> record) {
        String kind = Fields.string(record, "kind");
        if (kind == null) {
            return record; // Pushshift: the bare object
        }
        if (!kind.equals("t1") && !kind.equals("t3")) {
            throw new RecordException(SkipKind.UNSUPPORTED, "kind '" + kind + "' is not a post"
                    + ("more".equals(kind) ? " (placeholder for comments not loaded)" : ""));
        }
        Map<String, Object> d = Fields.object(record, "data");
        if (d == null) {
            throw RecordException.missing("data");
        }
        return d;
    }

    private static String id(Map<String, Object> d) {
        String id = Fields.id(d, "id");
        return id != null ? id : stripKind(Fields.requiredId(d, "name"));
    }

    private static String commentText(Map<String, Object> d) {
        String body = Fields.requiredString(d, "body");
        if (GONE.contains(body.strip())) {
            throw new RecordException(SkipKind.DELETED, "comment body is " + body.strip());
        }
        return HtmlEntities.decode(body); // Reddit's JSON escapes & < > in markdown fields
    }

    /** Title, then the self text after a blank line; a removed self text leaves the title. */
    private static String submissionText(Map<String, Object> d) {
        String title = Fields.requiredString(d, "title");
        String self = Fields.string(d, "selftext");
        boolean selfGone = self == null || self.isBlank() || GONE.contains(self.strip());
        if (GONE.contains(title.strip()) && selfGone) {
            throw new RecordException(SkipKind.DELETED, "submission is " + title.strip());
        }
        return HtmlEntities.decode(selfGone ? title : title + "\n\n" + self);
    }

    private static Author author(Map<String, Object> d) {
        String name = Fields.string(d, "author");
        if (name == null || GONE.contains(name)) {
            return Author.unknown();
        }
        String fullname = Fields.id(d, "author_fullname");
        return new Author(fullname != null ? fullname : name, name, null, null);
    }

    /** The link of a link post; a self post's url is its own permalink, not a link. */
    private static List<String> linkUrl(Map<String, Object> d) {
        String url = Fields.string(d, "url");
        boolean self = Boolean.TRUE.equals(d.get("is_self"));
        return url == null || url.isBlank() || self ? List.of() : List.of(HtmlEntities.decode(url));
    }

    private static List<Media> media(Map<String, Object> d, List<String> urls) {
        String hint = Fields.string(d, "post_hint");
        if (urls.isEmpty() || hint == null) {
            return List.of();
        }
        if (hint.equals("image")) {
            return List.of(new Media("photo", urls.get(0), null));
        }
        return hint.endsWith("video") ? List.of(new Media("video", urls.get(0), null)) : List.of();
    }

    /** "t1_abc" → "abc": the model links posts by bare id. */
    static String stripKind(String fullname) {
        if (fullname == null) {
            return null;
        }
        return fullname.length() > 3 && fullname.charAt(0) == 't' && fullname.charAt(2) == '_'
                ? fullname.substring(3) : fullname;
    }
}
