package dev.starling.analysis.readers.x;

import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordException;
import dev.starling.analysis.readers.io.CharInput;
import dev.starling.analysis.readers.io.Head;
import dev.starling.analysis.readers.json.JsonLayout;
import dev.starling.analysis.readers.json.JsonReading;
import dev.starling.analysis.readers.json.JsonShape;

import java.io.IOException;
import java.util.Map;

/**
 * X API v2 responses as documents or JSON Lines (one response or one tweet per line). A document
 * too large to parse whole is read twice: first for its {@code includes}, which follow the tweets,
 * then tweet by tweet. Memory then grows with the number of distinct users and media, not tweets.
 */
public final class XApiV2Format implements PostFormat {
    private static final JsonShape SHAPE = JsonShape.of("data");

    @Override
    public String name() {
        return "x-v2";
    }

    @Override
    public String description() {
        return "X/Twitter API v2 responses {\"data\":[...],\"includes\":{...}}: a document, or JSON Lines of responses or tweets";
    }

    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        if (!h.looksLikeJson()) {
            return 0;
        }
        if (h.containsAny("\"edit_history_tweet_ids\"", "\"author_id\"", "\"conversation_id\"")) {
            return 0.9;
        }
        if (h.contains("\"data\"") && h.contains("\"includes\"")) {
            return 0.85;
        }
        return h.contains("\"public_metrics\"") && h.contains("\"text\"") ? 0.7 : 0;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        XIncludes streamed = XIncludes.empty();
        if (JsonLayout.detect(input.chars()) == JsonLayout.DOCUMENT) {
            streamed = prescan(input);
        }
        return JsonReading.open(input, SHAPE, new XApiV2Mapper(streamed));
    }

    @SuppressWarnings("unchecked")
    private static XIncludes prescan(ReadInput input) {
        XIncludes all = XIncludes.empty();
        try (CharInput again = input.reread()) {
            JsonReading.collect(again, JsonShape.of("includes"), v -> {
                if (v instanceof Map<?, ?> m) {
                    Map<String, Object> map = (Map<String, Object>) m;
                    try {
                        Map<String, Object> nested = Fields.object(map, "includes");
                        all.add(nested != null ? nested : map);
                    } catch (RecordException e) {
                        // "includes" of the wrong type: nothing to join from this response
                    }
                }
            });
        } catch (IOException e) {
            input.log().warn(0, "authors and media not joined: the input could not be read a second time ("
                    + e.getMessage() + ")");
        }
        return all;
    }
}
