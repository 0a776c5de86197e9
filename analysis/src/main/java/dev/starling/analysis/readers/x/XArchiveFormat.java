package dev.starling.analysis.readers.x;

import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.io.CharInput;
import dev.starling.analysis.readers.io.Head;
import dev.starling.analysis.readers.json.JsonReading;
import dev.starling.analysis.readers.json.JsonShape;

import java.io.IOException;

/**
 * The X account archive's {@code data/tweets.js}: a JavaScript assignment
 * {@code window.YTD.tweets.part0 = [ {"tweet": {…}}, … ]}. The prefix is skipped and the array
 * streamed element by element, so a gigabyte archive reads in constant memory.
 */
public final class XArchiveFormat implements PostFormat {
    @Override
    public String name() {
        return "x-archive";
    }

    @Override
    public String description() {
        return "X/Twitter account archive tweets.js (window.YTD.tweets.part0 = [...]); authors are the archive owner";
    }

    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        String start = h.text().stripLeading();
        if (!start.startsWith("window.YTD.")) {
            return 0;
        }
        return start.startsWith("window.YTD.tweets.") || start.startsWith("window.YTD.tweet.") ? 1.0 : 0.6;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        skipAssignment(input.chars());
        return JsonReading.openDocument(input, JsonShape.flat(), new XArchiveMapper(input.options().archiveOwner()));
    }

    /** Skips {@code window.YTD.tweets.part0 = } up to the array. */
    private static void skipAssignment(CharInput in) throws IOException {
        int c = in.peek();
        while (c >= 0 && c != '[' && c != '{') {
            in.read();
            c = in.peek();
        }
    }
}
