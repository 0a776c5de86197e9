package dev.starling.analysis.zh;

import dev.starling.analysis.ngrams.NgramFeatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reads weibo2018's {@code train.txt} (lines {@code mid,label,text}: the first two commas split,
 * the text may hold more; label 0 negative, 1 positive) and splits it for training and held-out
 * evaluation. Malformed lines are skipped and reported. The repository's own test split is not
 * among our data sets, so the held-out part is carved from train.txt.
 */
public final class WeiboData {
    static final Path FILE = Path.of("weibo2018", "train.txt");

    private WeiboData() {
    }

    /** Posts in file order, and one line per skipped line. */
    public record Loaded(List<WeiboPost> posts, List<String> problems) {
        public Loaded {
            posts = List.copyOf(posts);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param train      posts to learn from
     * @param test       held-out posts: no mid and no (normalised) text of these is in {@code train}
     * @param duplicates later copies of a text dropped
     * @param conflicts  posts dropped because their text carries both labels
     */
    public record Split(List<WeiboPost> train, List<WeiboPost> test, int duplicates, int conflicts) {
        public Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /** Reads {@code weibo2018/train.txt} under the data-set root. */
    public static Loaded read(Path datasets) {
        Path file = datasets.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weibo2018 at " + file, e);
        }
        List<WeiboPost> posts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int a = line.indexOf(',');
            int b = a < 0 ? -1 : line.indexOf(',', a + 1);
            String label = b < 0 ? "" : line.substring(a + 1, b);
            if (b < 0 || a == 0 || !(label.equals("0") || label.equals("1"))) {
                problems.add("train.txt:" + (i + 1) + ": expected mid,label(0|1),text");
            } else if (line.substring(b + 1).isBlank()) {
                problems.add("train.txt:" + (i + 1) + ": empty text");
            } else {
                posts.add(new WeiboPost(line.substring(0, a), line.substring(b + 1), label.equals("1")));
            }
        }
        return new Loaded(posts, problems);
    }

    /** The text a post is compared by when deduplicating. */
    public static String key(String text) {
        return NgramFeatures.normalise(text);
    }

    /**
     * Deduplicates by text (a text labelled both ways is dropped), then holds out
     * {@code testFraction} of each label, chosen by a generator seeded with {@code seed}.
     */
    public static Split stratified(List<WeiboPost> posts, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        Map<String, List<WeiboPost>> byKey = new LinkedHashMap<>();
        posts.forEach(p -> byKey.computeIfAbsent(key(p.text()), k -> new ArrayList<>()).add(p));
        List<WeiboPost> negative = new ArrayList<>();
        List<WeiboPost> positive = new ArrayList<>();
        int duplicates = 0;
        int conflicts = 0;
        for (List<WeiboPost> same : byKey.values()) {
            if (same.stream().anyMatch(p -> p.positive() != same.getFirst().positive())) {
                conflicts += same.size();
                continue;
            }
            duplicates += same.size() - 1;
            (same.getFirst().positive() ? positive : negative).add(same.getFirst());
        }
        Random rng = new Random(seed);
        List<WeiboPost> train = new ArrayList<>();
        List<WeiboPost> test = new ArrayList<>();
        for (List<WeiboPost> group : List.of(negative, positive)) {
            Collections.shuffle(group, rng);
            int held = (int) Math.round(group.size() * testFraction);
            test.addAll(group.subList(0, held));
            train.addAll(group.subList(held, group.size()));
        }
        return new Split(train, test, duplicates, conflicts);
    }
}
