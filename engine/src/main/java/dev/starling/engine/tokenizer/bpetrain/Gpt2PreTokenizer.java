package dev.starling.engine.tokenizer.bpetrain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2's pre-tokenisation regex: contractions, letters with an optional leading space, numbers,
 * other symbols, and whitespace (a run of spaces keeps its last space for the next word).
 * {@code (?U)} makes {@code \s} Unicode whitespace, as in Python's {@code regex} module.
 */
public final class Gpt2PreTokenizer {
    private static final Pattern GPT2 = Pattern.compile(
            "(?U)'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");

    private Gpt2PreTokenizer() {
    }

    /** The pre-tokens of {@code text}, in order; concatenated they give the text back. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = GPT2.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
