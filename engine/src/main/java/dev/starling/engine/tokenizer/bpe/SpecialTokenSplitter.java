package dev.starling.engine.tokenizer.bpe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole tokens (added / special tokens) in text before the model sees it: scanning left to
 * right, at each position the longest token that starts there wins; the text between tokens is handed
 * on as raw fragments. Immutable.
 */
final class SpecialTokenSplitter {

    /** Receives the fragments of a text in order. */
    interface Sink {
        void text(String text);

        void token(int id);
    }

    private final Map<Character, List<String>> byFirstChar = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** @param tokens token text → id */
    SpecialTokenSplitter(Map<String, Integer> tokens) {
        tokens.forEach((text, id) -> {
            if (!text.isEmpty()) {
                ids.put(text, id);
                byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(text);
            }
        });
        byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    void split(String text, Sink sink) {
        if (ids.isEmpty()) {
            if (!text.isEmpty()) {
                sink.text(text);
            }
            return;
        }
        int last = 0;
        int i = 0;
        while (i < text.length()) {
            String match = longestAt(text, i);
            if (match == null) {
                i++;
                continue;
            }
            if (i > last) {
                sink.text(text.substring(last, i));
            }
            sink.token(ids.get(match));
            i += match.length();
            last = i;
        }
        if (last < text.length()) {
            sink.text(text.substring(last));
        }
    }

    private String longestAt(String text, int i) {
        List<String> candidates = byFirstChar.get(text.charAt(i));
        if (candidates != null) {
            for (String c : candidates) {
                if (text.startsWith(c, i)) {
                    return c;
                }
            }
        }
        return null;
    }
}
