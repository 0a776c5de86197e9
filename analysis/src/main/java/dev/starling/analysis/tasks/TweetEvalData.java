package dev.starling.analysis.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TweetEval's files ({@code datasets/<task>/<split>_text.txt} and {@code _labels.txt}, one
 * tweet or label per line; {@code mapping.txt}: {@code id<TAB>name}). Stance pools its five
 * targets. Sentiment's training text is absent from the benchmark's snapshot: it comes from the
 * SemEval-2017 pool instead ({@link SemEvalPool}), with every test tweet removed.
 */
public final class TweetEvalData {
    private TweetEvalData() {
    }

    /** The TweetEval folder under a datasets root (…/shared/datasets). */
    public static Path root(Path datasets) {
        return datasets.resolve("tweeteval").resolve("datasets");
    }

    /** Label names by index, from mapping.txt (the emoji task's names are the emoji themselves). */
    public static List<String> labelNames(Path datasets, TweetEvalTask task) {
        Path mapping = root(datasets).resolve(task.id()).resolve("mapping.txt");
        List<String> names = new ArrayList<>();
        for (String line : lines(mapping)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length < 2 || Integer.parseInt(parts[0].trim()) != names.size()) {
                throw new IllegalArgumentException(mapping + ": expected '<index>\\t<name>' lines in order, got '" + line + "'");
            }
            names.add(parts[1].trim());
        }
        return names;
    }

    /** The examples of a split: "train", "val" or "test". */
    public static List<LabeledText> load(Path datasets, TweetEvalTask task, String split) {
        if (task == TweetEvalTask.STANCE) {
            List<LabeledText> all = new ArrayList<>();
            for (String target : TweetEvalTask.STANCE_TARGETS) {
                all.addAll(read(root(datasets).resolve("stance").resolve(target), split, List.of("none", "against", "favor")));
            }
            return all;
        }
        if (task == TweetEvalTask.SENTIMENT && split.equals("train")) {
            return SemEvalPool.training(datasets).examples();
        }
        return read(root(datasets).resolve(task.id()), split, labelNames(datasets, task));
    }

    /**
     * Pairs text and label lines; their counts must agree. A label is an index into {@code names}
     * or one of the names itself; anything else is an error naming the file, line and known labels.
     */
    static List<LabeledText> read(Path dir, String split, List<String> names) {
        Path textFile = dir.resolve(split + "_text.txt");
        Path labelFile = dir.resolve(split + "_labels.txt");
        List<String> texts = lines(textFile);
        List<String> labels = lines(labelFile);
        if (texts.size() != labels.size()) {
            throw new IllegalArgumentException(labelFile + " has " + labels.size() + " labels but " + textFile
                    + " has " + texts.size() + " texts; they must pair up line by line");
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(textFile + " is empty");
        }
        List<LabeledText> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new LabeledText(texts.get(i), label(labels.get(i).trim(), names, labelFile, i + 1)));
        }
        return out;
    }

    private static int label(String raw, List<String> names, Path file, int line) {
        int byName = names.indexOf(raw);
        if (byName >= 0) {
            return byName;
        }
        try {
            int index = Integer.parseInt(raw);
            if (index >= 0 && index < names.size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // not an index: reported below with the known names
        }
        throw new IllegalArgumentException(file + " line " + line + ": unknown label '" + raw + "' (known: 0.." + (names.size() - 1)
                + " or " + names + ")");
    }

    /** Lines split on '\n' only (a trailing '\r' dropped); no final empty line. */
    static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("data file not found: " + file);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String line = text.substring(start, end);
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                start = end + 1;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
