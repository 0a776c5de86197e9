package dev.starling.analysis.readers.x;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code {"tweet":{…}}} entry of an X archive (v1.1-style fields) to a post. The archive holds
 * one account's tweets and names no user per tweet, so the owner is the author of every post.
 */
final class XArchiveMapper implements JsonRecordMapper {
    private final Author owner;

    XArchiveMapper(String ownerHandle) {
        this.owner = new Author(ownerHandle, ownerHandle, null, null);
    }

    @Override
    public Post map(Map<String, Object> record, Map<String, Object> document, RecordContext context) {
        Map<String, Object> t = tweet(record);
        String idStr = Fields.id(t, "id_str");
        String id = idStr != null ? idStr : Fields.requiredId(t, "id");
        String full = Fields.string(t, "full_text");
        String text = HtmlEntities.decode(full != null ? full : Fields.requiredString(t, "text"));
        Map<String, Object> entities = Fields.object(t, "entities");
        List<String> hashtags = entities == null ? List.of() : Fields.pluck(entities, "hashtags", "text");
        List<String> mentions = entities == null ? List.of() : Fields.pluck(entities, "user_mentions", "screen_name");
        String replyStr = Fields.id(t, "in_reply_to_status_id_str");
        String replyTo = replyStr != null ? replyStr : Fields.id(t, "in_reply_to_status_id");
        Metrics metrics = new Metrics(Fields.count(t, "favorite_count"), Fields.count(t, "retweet_count"),
                null, null, null);
        return new Post(id, Platform.X, owner, context.time("created_at", t.get("created_at")), text,
                XApiV2Mapper.language(Fields.string(t, "lang")), replyTo, Fields.id(t, "quoted_status_id_str"), null,
                metrics, hashtags, mentions, XApiV2Mapper.urls(entities), media(t, entities));
    }

    private static Map<String, Object> tweet(Map<String, Object> record) {
        Map<String, Object> t = Fields.object(record, "tweet");
        if (t != null) {
            return t;
        }
        if (record.containsKey("full_text") || record.containsKey("id_str")) {
            return record; // a bare tweet object, as some tools re-export archives
        }
        throw new RecordException(SkipKind.UNSUPPORTED, "not a tweet (no 'tweet' object); keys " + record.keySet());
    }

    /** Photos and videos live in {@code extended_entities} (all of them) or {@code entities} (the first). */
    private static List<Media> media(Map<String, Object> t, Map<String, Object> entities) {
        Map<String, Object> extended = Fields.object(t, "extended_entities");
        Map<String, Object> source = extended != null ? extended : entities;
        List<Media> out = new ArrayList<>();
        if (source != null) {
            for (Map<String, Object> m : Fields.objects(source, "media")) {
                String url = Fields.string(m, "media_url_https");
                out.add(new Media(XIncludes.mediaType(Fields.string(m, "type")),
                        url != null ? url : Fields.string(m, "media_url"), Fields.string(m, "ext_alt_text")));
            }
        }
        return out;
    }
}
