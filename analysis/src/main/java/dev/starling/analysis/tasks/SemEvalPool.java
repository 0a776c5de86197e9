package dev.starling.analysis.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sentiment training data for TweetEval: the SemEval-2017 Task 4A training pool
 * ({@code semeval2017-task4/dataset/Subtask_A/downloaded/*.tsv}: id, label, text), deduplicated,
 * with every tweet that also appears in TweetEval's sentiment test or validation split removed.
 * Tweets are compared after {@link #key normalisation} (TweetEval anonymises mentions as @user,
 * the pool keeps JSON-style escapes), so a test tweet cannot slip through in another spelling.
 */
public final class SemEvalPool {
    private static final Map<String, Integer> LABELS = Map.of("negative", 0, "neutral", 1, "positive", 2);

    private SemEvalPool() {
    }

    /** The pool after cleaning, and what was removed. */
    public record Pool(List<LabeledText> examples, int read, int duplicates, int removedAsTest, int removedAsValidation,
                       Map<String, Integer> perFile) {
    }

    public static Pool training(Path datasets) {
        Path dir = datasets.resolve("semeval2017-task4/dataset/Subtask_A/downloaded");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("SemEval-2017 pool not found: " + dir);
        }
        List<String> names = TweetEvalData.labelNames(datasets, TweetEvalTask.SENTIMENT);
        Set<String> test = keys(TweetEvalData.read(TweetEvalData.root(datasets).resolve("sentiment"), "test", names));
        Set<String> val = keys(TweetEvalData.read(TweetEvalData.root(datasets).resolve("sentiment"), "val", names));
        Map<String, LabeledText> unique = new LinkedHashMap<>();
        Map<String, Integer> perFile = new TreeMap<>();
        int read = 0;
        int dups = 0;
        int asTest = 0;
        int asVal = 0;
        for (Path f : tsvFiles(dir)) {
            List<String> lines = TweetEvalData.lines(f);
            perFile.put(f.getFileName().toString(), lines.size());
            for (String line : lines) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3 || !LABELS.containsKey(parts[1].trim())) {
                    continue;
                }
                read++;
                String text = unescape(parts[2]);
                String key = key(text);
                if (test.contains(key)) {
                    asTest++;
                } else if (val.contains(key)) {
                    asVal++;
                } else if (unique.putIfAbsent(key, new LabeledText(text, LABELS.get(parts[1].trim()))) != null) {
                    dups++;
                }
            }
        }
        return new Pool(new ArrayList<>(unique.values()), read, dups, asTest, asVal, perFile);
    }

    private static List<Path> tsvFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.tsv")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    static Set<String> keys(List<LabeledText> examples) {
        Set<String> out = new HashSet<>();
        for (LabeledText e : examples) {
            out.add(key(e.text()));
        }
        return out;
    }

    /**
     * The comparison key of a tweet: escapes decoded, @mentions replaced by @user, URLs by "http",
     * lower-cased, letters and digits only.
     */
    public static String key(String text) {
        String t = unescape(text).toLowerCase(Locale.ROOT)
                .replaceAll("@\\w+", "@user")
                .replaceAll("https?://\\S+", "http");
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Decodes JSON-style \\uXXXX escapes and common HTML entities left in the pool's text. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() + 0 && s.charAt(i + 1) == 'u' && isHex(s, i + 2, 4)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    }

    private static boolean isHex(String s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
