package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * MANIFEST.json (the ground truth: per file its format, post count, spam and abuse post ids, every planted
 * personal-data value with its post, the malformed records with their line numbers; and totals) and the
 * README that explains the sample.
 */
final class Manifest {
    private Manifest() {
    }

    static String json(long seed, List<FileReport> reports) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Starling bundled sample");
        m.put("synthetic", true);
        m.put("generator", SampleCorpus.class.getName());
        m.put("seed", seed);
        m.put("note", "Every account, post and personal-data value is invented. Post ids are the ids a reader "
                + "sees: X and Weibo ids, Reddit base-36 ids, Mastodon status ids, Bluesky at:// URIs. "
                + "Malformed records are not posts and are not counted; their line numbers are 1-based.");
        m.put("totals", totals(reports));
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            files.add(r.toJson());
        }
        m.put("files", files);
        return PrettyJson.manifestStyle(m);
    }

    private static Map<String, Object> totals(List<FileReport> reports) {
        int posts = 0;
        int authors = 0;
        int malformed = 0;
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> sentiment = new TreeMap<>();
        Map<String, Integer> emotion = new TreeMap<>();
        Map<String, Integer> stories = new TreeMap<>();
        List<Map<String, Object>> pii = new ArrayList<>();
        Set<Object> piiPosts = new LinkedHashSet<>();
        int spam = 0;
        int abuse = 0;
        for (FileReport r : reports) {
            posts += r.posts();
            authors += r.authors().size();
            malformed += r.malformedRecords().size();
            spam += r.spam().size();
            abuse += r.abuse().size();
            r.languages().forEach((k, v) -> languages.merge(k, v, Integer::sum));
            r.sentiments().forEach((k, v) -> sentiment.merge(k, v, Integer::sum));
            r.emotions().forEach((k, v) -> emotion.merge(k, v, Integer::sum));
            r.stories().forEach((k, v) -> stories.merge(k, v, Integer::sum));
            pii.addAll(r.pii());
            r.pii().forEach(p -> piiPosts.add(r.file() + "/" + p.get("id")));
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("posts", posts);
        t.put("authors", authors);
        t.put("from", reports.stream().map(FileReport::first).min(Comparator.naturalOrder()).orElseThrow().toString());
        t.put("to", reports.stream().map(FileReport::last).max(Comparator.naturalOrder()).orElseThrow().toString());
        t.put("languages", languages);
        t.put("spam", spam);
        t.put("abuse", abuse);
        t.put("pii", countByType(pii));
        t.put("postsWithPii", piiPosts.size());
        t.put("malformed", malformed);
        t.put("sentiment", sentiment);
        t.put("emotion", emotion);
        t.put("stories", stories);
        return t;
    }

    /** Planted values per type, every type listed (zero when absent). */
    static Map<String, Object> countByType(List<Map<String, Object>> pii) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PiiType t : PiiType.values()) {
            counts.put(t.id(), pii.stream().filter(p -> t.id().equals(p.get("type"))).count());
        }
        return counts;
    }

    static String readme(long seed, List<FileReport> reports) {
        int posts = reports.stream().mapToInt(FileReport::posts).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("# The bundled sample\n\n")
                .append("`./starling analyze` with no input analyses this folder. Everything in it is **synthetic**: ")
                .append("the accounts, posts, e-mail addresses, phone numbers, card numbers, IBANs, addresses and ")
                .append("tokens were invented by a generator that the project owns (`")
                .append(SampleCorpus.class.getName()).append("`, seed ").append(seed).append("). ")
                .append("Card numbers pass the Luhn check and IBANs the mod-97 check on purpose, so that detectors ")
                .append("are tested on realistic values; none belongs to anybody.\n\n")
                .append(posts).append(" posts in six formats cover six weeks from 1 June 2026 and five running ")
                .append("stories: the Lumio X5 phone launch (spike on 9 June), a metro strike (15-19 June), the ")
                .append("BrewMate BM-200 coffee-maker recall (spike on 23 June), a heatwave (peaking late June) and ")
                .append("the Continental Cup (final on 12 July), plus everyday chatter. About 5 % of posts are spam, ")
                .append("about 5 % abusive (insults and xenophobic hate, kept mild) and about 5 % carry personal data.\n\n")
                .append("| file | format | posts | authors | languages | malformed records |\n")
                .append("|---|---|---|---|---|---|\n");
        for (FileReport r : reports) {
            sb.append("| `").append(r.file()).append("` | ").append(r.description()).append(" | ").append(r.posts())
                    .append(" | ").append(r.authors().size()).append(" | ")
                    .append(String.join(", ", r.languages().keySet())).append(" | ")
                    .append(r.malformedRecords().size()).append(" |\n");
        }
        sb.append("\n`MANIFEST.json` is the ground truth: per file the post count, the ids of spam and abusive ")
                .append("posts, every planted personal-data value with the id of its post, and the deliberately ")
                .append("malformed records (truncated JSON, a record without text, wrong types, a short CSV row) with ")
                .append("their line numbers, which readers must skip and report.\n\n")
                .append("## Regenerating\n\n")
                .append("The files are generated; do not edit them by hand. A test (`SampleCorpusTest`) fails when ")
                .append("they differ from a fresh generation. After changing the generator or its phrase files:\n\n")
                .append("```\n")
                .append("mvn -q -o -pl analysis -am compile\n")
                .append("java -cp engine/target/classes:analysis/target/classes ")
                .append(SampleCorpus.class.getName()).append(" examples/sample\n")
                .append("```\n");
        return sb.toString();
    }
}
