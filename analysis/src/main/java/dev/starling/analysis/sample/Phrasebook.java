package dev.starling.analysis.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written post templates, one resource file per language under {@code phrases/}. Lines read
 * {@code topic | sentiment | emotion | text}; lines starting with "# " are comments.
 */
final class Phrasebook {
    /** Every language the sample writes in; "zh-Hant" is Traditional Chinese. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "it", "ja", "zh", "zh-Hant",
            "ar", "ru", "ko");
    private static final Set<String> SENTIMENTS = Set.of("pos", "neg", "neu");
    private static final Set<String> EMOTIONS = Set.of("joy", "optimism", "anger", "sadness", "none");

    private final Map<String, List<Template>> byLang;

    private Phrasebook(Map<String, List<Template>> byLang) {
        this.byLang = byLang;
    }

    static Phrasebook load() {
        Map<String, List<Template>> byLang = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            byLang.put(lang, read(lang));
        }
        return new Phrasebook(byLang);
    }

    /** The templates of one language, in file order. */
    List<Template> of(String lang) {
        List<Template> list = byLang.get(lang);
        if (list == null) {
            throw new IllegalArgumentException("no phrases for language " + lang);
        }
        return list;
    }

    /**
     * Whether {@code lang} has a non-title template of {@code kind} that plants {@code pii} (or nothing, when
     * {@code pii} is null) and no personal data outside {@code allowed}.
     */
    boolean offers(String lang, Template.Kind kind, PiiType pii, Set<PiiType> allowed) {
        for (Template t : of(lang)) {
            if (fits(t, kind, pii, allowed)) {
                return true;
            }
        }
        return false;
    }

    static boolean fits(Template t, Template.Kind kind, PiiType pii, Set<PiiType> allowed) {
        Set<PiiType> planted = t.piiTypes();
        return !t.isTitle() && t.kind() == kind
                && (pii == null ? planted.isEmpty() : planted.contains(pii) && allowed.containsAll(planted));
    }

    private static List<Template> read(String lang) {
        String name = "phrases/" + lang + ".txt";
        List<Template> out = new ArrayList<>();
        try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                out.add(parse(lang, line, name + ":" + no));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static Template parse(String lang, String line, String where) {
        String[] f = line.split(" \\| ", 4);
        if (f.length != 4 || !SENTIMENTS.contains(f[1]) || !EMOTIONS.contains(f[2]) || f[3].isBlank()) {
            throw new IllegalStateException(where + ": expected 'topic | pos|neg|neu | emotion | text': " + line);
        }
        Template t = new Template(lang, f[0].trim(), f[1], f[2], f[3].strip());
        if (t.kind() == Template.Kind.NORMAL && t.storyline() == null) {
            throw new IllegalStateException(where + ": unknown topic " + f[0]);
        }
        return t;
    }
}
