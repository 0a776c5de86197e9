package dev.starling.analysis.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a sample file holds, as its writer recorded it while writing: the ground truth that MANIFEST.json
 * states (post ids of spam and abuse, every planted personal-data value with its post, the malformed
 * records and their line numbers) and the statistics the README quotes.
 */
final class FileReport {
    private final String file;
    private final String format;
    private final String description;
    private final String languageField;
    private int posts;
    private final Set<String> authors = new LinkedHashSet<>();
    private final Map<String, Integer> languages = new TreeMap<>();
    private final Map<String, Integer> shares = new TreeMap<>();
    private final Map<String, Integer> sentiments = new TreeMap<>();
    private final Map<String, Integer> emotions = new TreeMap<>();
    private final Map<String, Integer> stories = new TreeMap<>();
    private final List<String> spam = new ArrayList<>();
    private final List<Map<String, Object>> abuse = new ArrayList<>();
    private final List<Map<String, Object>> pii = new ArrayList<>();
    private final List<Map<String, Object>> malformed = new ArrayList<>();
    private Instant first;
    private Instant last;

    /** {@code languageField} names where the file states a post's language, or is null when it does not. */
    FileReport(String file, String format, String description, String languageField) {
        this.file = file;
        this.format = format;
        this.description = description;
        this.languageField = languageField;
    }

    /** Records a well-formed post written with {@code id}. */
    void post(String id, Draft d) {
        posts++;
        authors.add(d.author().id());
        languages.merge(d.lang(), 1, Integer::sum);
        shares.merge(d.share().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        sentiments.merge(d.template().sentiment(), 1, Integer::sum);
        if (!d.template().emotion().equals("none")) {
            emotions.merge(d.template().emotion(), 1, Integer::sum);
        }
        if (d.template().storyline() != null) {
            stories.merge(d.template().storyline().topic(), 1, Integer::sum);
        }
        switch (d.kind()) {
            case SPAM -> spam.add(id);
            case ABUSE -> abuse.add(entry("id", id, "kind", d.template().topic()));
            case NORMAL -> { }
        }
        for (PlantedPii p : d.pii()) {
            pii.add(entry("id", id, "type", p.type().id(), "value", p.value()));
        }
        first = first == null || d.at().isBefore(first) ? d.at() : first;
        last = last == null || d.at().isAfter(last) ? d.at() : last;
    }

    /** Records a deliberately broken record at 1-based {@code line} that a reader must skip and report. */
    void malformed(int line, String problem) {
        malformed.add(entry("line", line, "problem", problem));
    }

    String file() {
        return file;
    }

    String format() {
        return format;
    }

    String description() {
        return description;
    }

    int posts() {
        return posts;
    }

    Set<String> authors() {
        return authors;
    }

    Map<String, Integer> languages() {
        return languages;
    }

    Map<String, Integer> sentiments() {
        return sentiments;
    }

    Map<String, Integer> emotions() {
        return emotions;
    }

    Map<String, Integer> stories() {
        return stories;
    }

    List<String> spam() {
        return spam;
    }

    List<Map<String, Object>> abuse() {
        return abuse;
    }

    List<Map<String, Object>> pii() {
        return pii;
    }

    List<Map<String, Object>> malformedRecords() {
        return malformed;
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return last;
    }

    /** The file's entry in MANIFEST.json. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("format", format);
        m.put("description", description);
        m.put("posts", posts);
        m.put("authors", authors.size());
        m.put("from", first.toString());
        m.put("to", last.toString());
        m.put("languages", languages);
        m.put("languageField", languageField);
        m.put("relations", shares);
        m.put("spam", spam.size());
        m.put("abuse", abuse.size());
        m.put("pii", Manifest.countByType(pii));
        m.put("postsWithPii", pii.stream().map(p -> p.get("id")).distinct().count());
        m.put("malformed", malformed);
        m.put("spamIds", spam);
        m.put("abusePosts", abuse);
        m.put("piiPlanted", pii);
        return m;
    }

    static Map<String, Object> entry(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return m;
    }
}
