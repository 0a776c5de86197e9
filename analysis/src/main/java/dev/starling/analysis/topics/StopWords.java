package dev.starling.analysis.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small per-language stop-word lists (resources {@code stopwords-LANG.txt}, words separated by
 * white space). English is always added: social posts in any language borrow its function words.
 */
public final class StopWords {
    private static final String[] LANGUAGES = {"en", "es", "fr", "de", "pt", "it", "nl", "el", "cjk"};
    private final Map<String, Set<String>> byLanguage = new HashMap<>();

    private StopWords() {
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, load("stopwords-" + lang + ".txt"));
        }
    }

    private static final StopWords STANDARD = new StopWords();

    /** The shipped lists. */
    public static StopWords standard() {
        return STANDARD;
    }

    /** True when {@code word} (lower-case) is a stop word in English, CJK or {@code lang}. */
    public boolean contains(String word, String lang) {
        if (byLanguage.get("en").contains(word) || byLanguage.get("cjk").contains(word)) {
            return true;
        }
        Set<String> own = lang == null ? null : byLanguage.get(lang.toLowerCase(Locale.ROOT));
        return own != null && own.contains(word);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
