package dev.starling.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a run of letters without spaces into words ({@code blacklivesmatter} → black lives
 * matter): the split of least total cost, found by dynamic programming over end positions (Viterbi
 * over a unigram model). A word of frequency rank {@code r} costs {@code log((r + 1) · log N)},
 * the negative log-probability under Zipf's law, so frequent and long words win over many short
 * ones. A stretch that is no known word costs {@code 12 + 3 · length}: it is kept whole rather than
 * cut into rare fragments ({@code tgif} stays {@code tgif}). Immutable and thread-safe.
 */
public final class WordSegmenter {
    private static final double UNKNOWN_BASE = 12;
    private static final double UNKNOWN_PER_CHAR = 3;
    /** A plural or possessive-without-apostrophe of a known word costs this much more than the word. */
    private static final double PLURAL_EXTRA = 1.0;

    private final Map<String, Double> costs;
    /** Longest piece tried: the longest known word, or longer for unknown stretches. */
    private final int maxPieceLength;

    private WordSegmenter(Map<String, Double> costs) {
        this.costs = Map.copyOf(costs);
        this.maxPieceLength = Math.max(32, costs.keySet().stream().mapToInt(String::length).max().orElse(1));
    }

    /**
     * A segmenter over lower-case words given most frequent first. Each word of three letters or
     * more also yields its {@code -s} form (plurals and {@code womens}, {@code oscars}) unless listed.
     */
    public static WordSegmenter fromRankedWords(List<String> mostFrequentFirst) {
        Map<String, Double> costs = new HashMap<>();
        double logN = Math.log(Math.max(2, mostFrequentFirst.size()));
        for (int rank = 0; rank < mostFrequentFirst.size(); rank++) {
            costs.putIfAbsent(mostFrequentFirst.get(rank), Math.log((rank + 1) * logN));
        }
        Map<String, Double> plurals = new HashMap<>();
        costs.forEach((word, cost) -> {
            if (word.length() >= 3 && !costs.containsKey(word + "s")) {
                plurals.put(word + "s", cost + PLURAL_EXTRA);
            }
        });
        costs.putAll(plurals);
        return new WordSegmenter(costs);
    }

    /**
     * English: a curated list of social-media words, then the whole words of the built-in
     * encoder's WordPiece vocabulary, whose ids follow frequency. Loaded once, on first use.
     */
    public static WordSegmenter english() {
        return EnglishHolder.INSTANCE;
    }

    /** Whether {@code word} (lower case) is a known word. */
    public boolean isWord(String word) {
        return costs.containsKey(word);
    }

    /**
     * The cheapest split of {@code letters} (expected lower case; other characters are treated as
     * parts of unknown words) into words; empty input gives an empty list.
     */
    public List<String> segment(String letters) {
        int n = letters.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            best[end] = Double.POSITIVE_INFINITY;
            for (int start = Math.max(0, end - maxPieceLength); start < end; start++) {
                relax(letters, start, end, best, from);
            }
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, letters.substring(from[end], end));
        }
        return words;
    }

    private void relax(String letters, int start, int end, double[] best, int[] from) {
        String piece = letters.substring(start, end);
        Double known = costs.get(piece);
        double cost = best[start] + (known != null ? known : UNKNOWN_BASE + UNKNOWN_PER_CHAR * piece.length());
        if (cost < best[end]) {
            best[end] = cost;
            from[end] = start;
        }
    }

    private static final class EnglishHolder {
        static final WordSegmenter INSTANCE = fromRankedWords(EnglishWords.ranked());
    }
}
