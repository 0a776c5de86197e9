package dev.starling.analysis.readers.x;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.text.HtmlEntities;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.json.JsonRecordMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One X API v2 tweet object to a post, joined with its response's {@code includes}. */
final class XApiV2Mapper implements JsonRecordMapper {
    private final XIncludes streamed;
    private Map<String, Object> lastDocument;
    private XIncludes lastIncludes = XIncludes.empty();

    /** @param streamed includes gathered by a first pass over a document too large to parse whole */
    XApiV2Mapper(XIncludes streamed) {
        this.streamed = streamed;
    }

    @Override
    public Post map(Map<String, Object> t, Map<String, Object> document, RecordContext context) {
        String id = Fields.requiredId(t, "id");
        String text = HtmlEntities.decode(text(t));
        XIncludes local = includes(document);
        String authorId = Fields.id(t, "author_id");
        Author author = authorId == null ? null : first(local.author(authorId), streamed.author(authorId));
        if (author == null && authorId != null) {
            author = new Author(authorId, null, null, null);
        }
        String[] refs = references(t);
        Map<String, Object> entities = Fields.object(t, "entities");
        List<String> hashtags = entities == null ? List.of() : Fields.pluck(entities, "hashtags", "tag");
        List<String> mentions = entities == null ? List.of() : Fields.pluck(entities, "mentions", "username");
        return new Post(id, Platform.X, author, context.time("created_at", t.get("created_at")), text,
                language(Fields.string(t, "lang")), refs[0], refs[1], refs[2], metrics(t),
                hashtags, mentions, urls(entities), media(t, local));
    }

    /** Long posts (over 280 characters) keep their full text in {@code note_tweet}; {@code text} is cut. */
    private static String text(Map<String, Object> t) {
        Map<String, Object> note = Fields.object(t, "note_tweet");
        String full = note == null ? null : Fields.string(note, "text");
        return full != null ? full : Fields.requiredString(t, "text");
    }

    /** {replyTo, quoteOf, repostOf} from {@code referenced_tweets}. */
    private static String[] references(Map<String, Object> t) {
        String[] out = new String[3];
        for (Map<String, Object> r : Fields.objects(t, "referenced_tweets")) {
            String type = Fields.string(r, "type");
            int slot = "replied_to".equals(type) ? 0 : "quoted".equals(type) ? 1 : "retweeted".equals(type) ? 2 : -1;
            if (slot >= 0) {
                out[slot] = Fields.id(r, "id");
            }
        }
        return out;
    }

    private static Metrics metrics(Map<String, Object> t) {
        Map<String, Object> pm = Fields.object(t, "public_metrics");
        if (pm == null) {
            return Metrics.none();
        }
        return new Metrics(Fields.count(pm, "like_count"), Fields.count(pm, "retweet_count"),
                Fields.count(pm, "reply_count"), Fields.count(pm, "quote_count"), Fields.count(pm, "impression_count"));
    }

    static List<String> urls(Map<String, Object> entities) {
        List<String> out = new ArrayList<>();
        if (entities != null) {
            for (Map<String, Object> u : Fields.objects(entities, "urls")) {
                String expanded = Fields.string(u, "expanded_url");
                String url = expanded != null ? expanded : Fields.string(u, "url");
                if (url != null) {
                    out.add(url);
                }
            }
        }
        return out;
    }

    private List<Media> media(Map<String, Object> t, XIncludes local) {
        Map<String, Object> attachments = Fields.object(t, "attachments");
        List<Media> out = new ArrayList<>();
        if (attachments != null) {
            for (String key : Fields.strings(attachments, "media_keys")) {
                Media m = first(local.media(key), streamed.media(key));
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** X writes "und" (undetermined) where it could not tell; the model wants null then. */
    static String language(String lang) {
        return lang == null || lang.isBlank() || "und".equals(lang) ? null : lang;
    }

    private XIncludes includes(Map<String, Object> document) {
        if (document != lastDocument) { // the records of one response share its tables: build them once
            lastDocument = document;
            lastIncludes = XIncludes.empty();
            Map<String, Object> inc = document == null ? null : Fields.object(document, "includes");
            if (inc != null) {
                lastIncludes.add(inc);
            }
        }
        return lastIncludes;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
