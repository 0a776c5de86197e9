package dev.starling.analysis.readers.mastodon;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.json.JsonRecordMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Mastodon status entity to a post. */
final class MastodonMapper implements JsonRecordMapper {
    @Override
    public Post map(Map<String, Object> status, Map<String, Object> document, RecordContext context) {
        String id = Fields.requiredId(status, "id");
        Map<String, Object> reblog = Fields.object(status, "reblog");
        Map<String, Object> shown = reblog != null ? reblog : status; // a boost shows the boosted status
        HtmlText.Rendered content = HtmlText.render(Fields.requiredString(shown, "content"));
        String spoiler = Fields.string(shown, "spoiler_text");
        String text = spoiler == null || spoiler.isBlank() ? content.text() : spoiler + "\n\n" + content.text();
        Metrics metrics = new Metrics(Fields.count(status, "favourites_count"), Fields.count(status, "reblogs_count"),
                Fields.count(status, "replies_count"), null, null);
        String language = Fields.string(shown, "language");
        return new Post(id, Platform.MASTODON, author(Fields.object(status, "account")),
                context.time("created_at", status.get("created_at")), text, language,
                Fields.id(status, "in_reply_to_id"), null, reblog == null ? null : Fields.requiredId(reblog, "id"),
                metrics, Fields.pluck(shown, "tags", "name"), Fields.pluck(shown, "mentions", "acct"),
                content.links(), media(shown));
    }

    /** {@code acct} is "user" on the status's own server and "user@server" elsewhere: the handle as seen. */
    private static Author author(Map<String, Object> account) {
        if (account == null) {
            return null;
        }
        String acct = Fields.string(account, "acct");
        String handle = acct != null ? acct : Fields.string(account, "username");
        String id = Fields.id(account, "id");
        String displayName = Fields.string(account, "display_name");
        return new Author(id != null ? id : handle == null ? "unknown" : handle, handle,
                displayName == null || displayName.isEmpty() ? null : displayName,
                Fields.count(account, "followers_count"));
    }

    private static List<Media> media(Map<String, Object> status) {
        List<Media> out = new ArrayList<>();
        for (Map<String, Object> m : Fields.objects(status, "media_attachments")) {
            String url = Fields.string(m, "url");
            out.add(new Media(mediaType(Fields.string(m, "type")), url != null ? url : Fields.string(m, "remote_url"),
                    Fields.string(m, "description")));
        }
        return out;
    }

    /** Mastodon's attachment types in the post model's vocabulary ("gifv" is a silent looping video). */
    private static String mediaType(String type) {
        if (type == null) {
            return "other";
        }
        return switch (type) {
            case "image" -> "photo";
            case "video" -> "video";
            case "gifv" -> "gif";
            default -> "other";
        };
    }
}
