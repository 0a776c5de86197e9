package dev.starling.engine.tokenizer.bpe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sequence of regex splits, each applied to every chunk the previous one produced, with
 * HuggingFace's {@code Split(behavior: Isolated)} semantics, which is also what llama.cpp's
 * {@code unicode_regex_split} does: every match becomes a chunk, and so does every stretch of text
 * between matches. A chunk is matched on its own, so {@code $} and look-ahead see the chunk's end.
 *
 * <p>Patterns are compiled with {@link Pattern#UNICODE_CHARACTER_CLASS}: {@code \s} is Unicode
 * White_Space as in Python's {@code regex} module and Rust's {@code onig}/{@code fancy-regex};
 * {@code \p{L}}, {@code \p{N}}, {@code \p{P}} are general categories. The JVM's Unicode version may be
 * newer than the reference's; a character assigned in between can split differently (tested: the
 * llama.cpp vectors and jtokkit's GPT-2 agree with this class on the texts in our tests).
 */
public final class RegexPreTokenizer implements PreTokenizer {
    private final List<Pattern> passes;

    /** @param regexes the split patterns, applied in order */
    public RegexPreTokenizer(List<String> regexes) {
        List<Pattern> ps = new ArrayList<>(regexes.size());
        for (String r : regexes) {
            ps.add(Pattern.compile(r, Pattern.UNICODE_CHARACTER_CLASS));
        }
        this.passes = List.copyOf(ps);
    }

    @Override
    public List<String> split(String text) {
        List<String> chunks = List.of(text);
        for (Pattern p : passes) {
            List<String> next = new ArrayList<>(chunks.size() * 2);
            for (String c : chunks) {
                isolate(p, c, next);
            }
            chunks = next;
        }
        return chunks;
    }

    private static void isolate(Pattern p, String chunk, List<String> out) {
        Matcher m = p.matcher(chunk);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue; // an empty match splits nothing
            }
            if (m.start() > last) {
                out.add(chunk.substring(last, m.start()));
            }
            out.add(m.group());
            last = m.end();
        }
        if (last < chunk.length()) {
            out.add(chunk.substring(last));
        }
    }
}
