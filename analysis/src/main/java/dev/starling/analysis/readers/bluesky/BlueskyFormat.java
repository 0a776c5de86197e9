package dev.starling.analysis.readers.bluesky;

import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.io.Head;
import dev.starling.analysis.readers.json.JsonReading;
import dev.starling.analysis.readers.json.JsonShape;

import java.io.IOException;

/** Bluesky posts: feeds, search results, listRecords pages, Jetstream events or bare records. */
public final class BlueskyFormat implements PostFormat {
    private static final JsonShape SHAPE = JsonShape.of("feed", "posts", "records");

    @Override
    public String name() {
        return "bluesky";
    }

    @Override
    public String description() {
        return "Bluesky app.bsky.feed.post: {\"feed\":[...]}, {\"posts\":[...]}, post views, Jetstream events or bare records";
    }

    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        if (!h.looksLikeJson()) {
            return 0;
        }
        if (h.contains("\"" + BlueskyMapper.POST_TYPE + "\"")) {
            return 0.95;
        }
        return h.contains("\"at://") && h.contains("\"record\"") ? 0.8 : 0;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        return JsonReading.open(input, SHAPE, new BlueskyMapper());
    }
}
