package dev.starling.analysis.readers.text;

import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.io.CharInput;

/** One post per non-blank line; the post's id is its line number. Blank lines are not records. */
public final class PlainTextFormat implements PostFormat {
    /** Any input can be read as lines, so text always answers, but below every real sign of a format. */
    private static final double FALLBACK = 0.05;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "plain text, one post per line (id = line number)";
    }

    @Override
    public double sniff(byte[] head) {
        return FALLBACK;
    }

    @Override
    public PostSource open(ReadInput input) {
        CharInput in = input.chars();
        return () -> {
            while (true) {
                long line = in.line();
                String s = in.readLine();
                if (s == null) {
                    return null;
                }
                if (!s.isBlank()) {
                    return Post.of(String.valueOf(line), Platform.TEXT, s);
                }
            }
        };
    }
}
