package dev.starling.analysis.readers.mastodon;

import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.io.Head;
import dev.starling.analysis.readers.json.JsonReading;
import dev.starling.analysis.readers.json.JsonShape;

import java.io.IOException;

/** Mastodon statuses: a JSON array, JSON Lines, search results or a thread context. */
public final class MastodonFormat implements PostFormat {
    /** Search results keep statuses under "statuses"; a thread context under "ancestors"/"descendants". */
    private static final JsonShape SHAPE = JsonShape.of("statuses", "ancestors", "descendants");

    @Override
    public String name() {
        return "mastodon";
    }

    @Override
    public String description() {
        return "Mastodon API statuses: a JSON array (timeline, search, context) or JSON Lines";
    }

    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        if (!h.looksLikeJson() || !h.contains("\"account\"") || !h.contains("\"content\"")) {
            return 0;
        }
        return h.containsAny("\"favourites_count\"", "\"reblog\"", "\"spoiler_text\"") ? 0.95 : 0.85;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        return JsonReading.open(input, SHAPE, new MastodonMapper());
    }
}
