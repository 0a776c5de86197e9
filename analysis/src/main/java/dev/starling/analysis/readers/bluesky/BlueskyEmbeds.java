package dev.starling.analysis.readers.bluesky;

import dev.starling.analysis.posts.Media;
import dev.starling.analysis.readers.fields.Fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A post's embed: a quoted post ({@code app.bsky.embed.record}), images, a video, an external link
 * card, or a quote with media. The record only holds image blobs; the view, when there is one,
 * holds their URLs, which are used in the same order.
 */
final class BlueskyEmbeds {
    private static final String RECORD = "app.bsky.embed.record";
    private static final String RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia";
    private static final String IMAGES = "app.bsky.embed.images";
    private static final String VIDEO = "app.bsky.embed.video";
    private static final String EXTERNAL = "app.bsky.embed.external";

    /** What an embed contributes to a post. */
    record Embedded(String quoteOf, List<Media> media, List<String> urls) {
    }

    private BlueskyEmbeds() {
    }

    static Embedded read(Map<String, Object> embed, Map<String, Object> embedView) {
        if (embed == null) {
            return new Embedded(null, List.of(), List.of());
        }
        String type = Fields.string(embed, "$type");
        List<Media> media = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        String quoteOf = null;
        if (RECORD.equals(type)) {
            Map<String, Object> quoted = Fields.object(embed, "record");
            quoteOf = quoted == null ? null : AtUri.rkey(Fields.string(quoted, "uri"));
        } else if (RECORD_WITH_MEDIA.equals(type)) {
            Map<String, Object> quoted = Fields.path(embed, "record", "record");
            quoteOf = quoted == null ? null : AtUri.rkey(Fields.string(quoted, "uri"));
            Map<String, Object> mediaView = embedView == null ? null : Fields.object(embedView, "media");
            addMedia(Fields.object(embed, "media"), mediaView, media, urls);
        } else {
            addMedia(embed, embedView, media, urls);
        }
        return new Embedded(quoteOf, media, urls);
    }

    private static void addMedia(Map<String, Object> embed, Map<String, Object> view,
                                 List<Media> media, List<String> urls) {
        if (embed == null) {
            return;
        }
        String type = Fields.string(embed, "$type");
        if (IMAGES.equals(type)) {
            List<Map<String, Object>> viewImages = view == null ? List.of() : Fields.objects(view, "images");
            List<Map<String, Object>> images = Fields.objects(embed, "images");
            for (int i = 0; i < images.size(); i++) {
                String url = i < viewImages.size() ? Fields.string(viewImages.get(i), "fullsize") : null;
                media.add(new Media("photo", url, emptyToNull(Fields.string(images.get(i), "alt"))));
            }
        } else if (VIDEO.equals(type)) {
            String url = view == null ? null : Fields.string(view, "playlist");
            media.add(new Media("video", url, emptyToNull(Fields.string(embed, "alt"))));
        } else if (EXTERNAL.equals(type)) {
            Map<String, Object> ext = Fields.object(embed, "external");
            String uri = ext == null ? null : Fields.string(ext, "uri");
            if (uri != null) {
                urls.add(uri);
                media.add(new Media("link", uri, emptyToNull(Fields.string(ext, "title"))));
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
