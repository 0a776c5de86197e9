package dev.starling.analysis.spam;

import dev.starling.analysis.ngrams.NgramFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deduplication and a seeded, stratified train/test split. Both collections repeat messages
 * (the same spam posted under several videos, the same SMS sent many times): split as they are,
 * copies of a test message would sit in training and flatter the score. So messages are first
 * reduced to one per normalised text ({@link #key}); a text labelled both ways is dropped.
 */
public final class SpamSplit {
    private SpamSplit() {
    }

    /**
     * @param train      messages to learn from
     * @param test       held-out messages, never in {@code train} under the same key
     * @param duplicates copies dropped (a later message with an earlier one's key and label)
     * @param conflicts  messages dropped because their text carries both labels
     */
    public record Split(List<SpamMessage> train, List<SpamMessage> test, int duplicates, int conflicts) {
        public Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /** The text a message is compared by: normalised as for features, lower-cased. */
    public static String key(String text) {
        return NgramFeatures.normalise(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Deduplicates, then holds out {@code testFraction} of every (corpus, label) group, chosen by a
     * generator seeded with {@code seed}; groups are visited in sorted order so the split depends
     * on nothing else.
     */
    public static Split stratified(List<SpamMessage> messages, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        Map<String, List<SpamMessage>> byKey = new LinkedHashMap<>();
        for (SpamMessage m : messages) {
            byKey.computeIfAbsent(key(m.text()), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<SpamMessage>> groups = new TreeMap<>();
        int duplicates = 0;
        int conflicts = 0;
        for (List<SpamMessage> same : byKey.values()) {
            boolean mixed = same.stream().anyMatch(m -> m.spam() != same.getFirst().spam());
            if (mixed) {
                conflicts += same.size();
                continue;
            }
            duplicates += same.size() - 1;
            SpamMessage first = same.getFirst();
            groups.computeIfAbsent(first.corpus() + "/" + first.spam(), g -> new ArrayList<>()).add(first);
        }
        Random rng = new Random(seed);
        List<SpamMessage> train = new ArrayList<>();
        List<SpamMessage> test = new ArrayList<>();
        for (List<SpamMessage> group : groups.values()) {
            java.util.Collections.shuffle(group, rng);
            int held = (int) Math.round(group.size() * testFraction);
            test.addAll(group.subList(0, held));
            train.addAll(group.subList(held, group.size()));
        }
        return new Split(train, test, duplicates, conflicts);
    }

    /** Messages grouped by corpus, in first-seen order. */
    static Map<String, List<SpamMessage>> byCorpus(List<SpamMessage> messages) {
        Map<String, List<SpamMessage>> out = new HashMap<>();
        for (SpamMessage m : messages) {
            out.computeIfAbsent(m.corpus(), c -> new ArrayList<>()).add(m);
        }
        return out;
    }
}
