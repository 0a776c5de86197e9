package dev.starling.analysis.readers.bluesky;

import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rich-text facets to hashtags, mentions and links. A facet's {@code byteStart}/{@code byteEnd} count
 * UTF-8 bytes, so with any emoji or non-Latin text before it, character offsets would cut the wrong
 * span. A facet whose range is outside the text or splits a character is ignored with a warning.
 */
final class BlueskyFacets {
    static final String MENTION = "app.bsky.richtext.facet#mention";
    static final String TAG = "app.bsky.richtext.facet#tag";
    static final String LINK = "app.bsky.richtext.facet#link";

    /** What the facets of one post name. */
    record Entities(List<String> tags, List<String> mentions, List<String> links) {
    }

    private BlueskyFacets() {
    }

    static Entities extract(String text, List<Map<String, Object>> facets, RecordContext context) {
        List<String> tags = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        List<String> links = new ArrayList<>();
        byte[] utf8 = facets.isEmpty() ? null : text.getBytes(StandardCharsets.UTF_8);
        for (Map<String, Object> facet : facets) {
            Map<String, Object> index = Fields.object(facet, "index");
            String slice = index == null ? null : slice(utf8, Fields.count(index, "byteStart"), Fields.count(index, "byteEnd"));
            for (Map<String, Object> feature : Fields.objects(facet, "features")) {
                String type = Fields.string(feature, "$type");
                if (MENTION.equals(type)) {
                    if (slice == null) {
                        context.warn("mention facet with a bad byte range ignored");
                    } else {
                        mentions.add(slice.startsWith("@") ? slice.substring(1) : slice);
                    }
                } else if (TAG.equals(type)) {
                    String tag = Fields.string(feature, "tag");
                    String fromText = slice == null ? null : slice.startsWith("#") ? slice.substring(1) : slice;
                    addIfPresent(tags, tag != null ? tag : fromText);
                } else if (LINK.equals(type)) {
                    addIfPresent(links, Fields.string(feature, "uri"));
                }
            }
        }
        return new Entities(tags, mentions, links);
    }

    /** The text between two UTF-8 byte offsets, or null when they are out of range or split a character. */
    static String slice(byte[] utf8, Long start, Long end) {
        if (start == null || end == null || start < 0 || end <= start || end > utf8.length) {
            return null;
        }
        int s = start.intValue();
        int e = end.intValue();
        if (isContinuation(utf8, s) || (e < utf8.length && isContinuation(utf8, e))) {
            return null;
        }
        return new String(utf8, s, e - s, StandardCharsets.UTF_8);
    }

    private static boolean isContinuation(byte[] b, int i) {
        return (b[i] & 0xC0) == 0x80;
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null && !s.isEmpty()) {
            out.add(s);
        }
    }
}
