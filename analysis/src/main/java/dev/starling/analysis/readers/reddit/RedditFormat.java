package dev.starling.analysis.readers.reddit;

import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.io.Head;
import dev.starling.analysis.readers.json.JsonReading;
import dev.starling.analysis.readers.json.JsonShape;

import java.io.IOException;

/** Reddit Pushshift JSON Lines and API listing documents (one reader: the records are the same). */
public final class RedditFormat implements PostFormat {
    private static final JsonShape SHAPE = JsonShape.of("data.children");

    @Override
    public String name() {
        return "reddit";
    }

    @Override
    public String description() {
        return "Reddit: Pushshift JSON Lines of submissions/comments, or API listings {\"kind\":\"Listing\",...}";
    }

    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        if (!h.looksLikeJson()) {
            return 0;
        }
        String t = h.text().replace(" ", "");
        if (t.contains("\"kind\":\"Listing\"") || t.contains("\"kind\":\"t3\"") || t.contains("\"kind\":\"t1\"")) {
            return 0.95;
        }
        return h.contains("\"subreddit\"") ? 0.9 : 0;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        return JsonReading.open(input, SHAPE, new RedditMapper());
    }
}
