package dev.starling.engine.tokenizer.bpetrain;

import dev.starling.engine.tokenizer.bpe.PreTokenizer;
import dev.starling.engine.tokenizer.bpe.PreTokenizerType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a byte-level BPE vocabulary from texts (Sennrich et al. 2016, GPT-2's byte variant):
 * start from the 256 byte characters; repeatedly merge the most frequent adjacent pair of symbols
 * inside pre-tokenised words. Ties go to the pair with the smaller (left id, right id), so the
 * result is deterministic. Pair counts and the words holding each pair are updated incrementally:
 * a merge touches only the words that contain its pair.
 */
public final class ByteLevelBpeTrainer {
    /** GPT-2's pre-tokenizer: the one the trained vocabulary is then encoded with. */
    private static final PreTokenizer GPT2 = PreTokenizerType.GPT2.create();
    private final int vocabSize;
    private final int minFrequency;
    private final List<String> specialTokens;

    /**
     * @param vocabSize     target size including the 256 byte tokens and the special tokens
     * @param minFrequency  a pair seen fewer times than this is never merged
     * @param specialTokens appended after the merges (e.g. {@code <|endoftext|>})
     */
    public ByteLevelBpeTrainer(int vocabSize, int minFrequency, List<String> specialTokens) {
        if (vocabSize < 256 + specialTokens.size()) {
            throw new IllegalArgumentException("vocabulary size must be at least 256 + special tokens: " + vocabSize);
        }
        this.vocabSize = vocabSize;
        this.minFrequency = Math.max(1, minFrequency);
        this.specialTokens = List.copyOf(specialTokens);
    }

    public ByteLevelBpe train(Iterable<String> texts) {
        Map<String, Integer> wordFreq = new LinkedHashMap<>();
        for (String t : texts) {
            for (String w : GPT2.split(t)) {
                wordFreq.merge(ByteUnicode.spell(w), 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int b = 0; b < 256; b++) {
            String c = String.valueOf(ByteUnicode.charOf(b));
            ids.put(c, vocab.size());
            vocab.add(c);
        }
        int[][] words = new int[wordFreq.size()][];
        int[] freq = new int[wordFreq.size()];
        int w = 0;
        for (Map.Entry<String, Integer> e : wordFreq.entrySet()) {
            String s = e.getKey();
            words[w] = new int[s.length()];
            for (int i = 0; i < s.length(); i++) {
                words[w][i] = ids.get(String.valueOf(s.charAt(i)));
            }
            freq[w++] = e.getValue();
        }
        List<String> merges = learn(words, freq, vocab, vocabSize - specialTokens.size());
        vocab.addAll(specialTokens);
        return new ByteLevelBpe(vocab, merges);
    }

    private List<String> learn(int[][] words, int[] freq, List<String> vocab, int target) {
        PairStats stats = new PairStats(words, freq);
        List<String> merges = new ArrayList<>();
        while (vocab.size() < target) {
            long best = stats.best(minFrequency);
            if (best == -1) {
                break; // nothing frequent enough is left to merge
            }
            int a = (int) (best >>> 32);
            int b = (int) best;
            int merged = vocab.size();
            merges.add(vocab.get(a) + " " + vocab.get(b));
            vocab.add(vocab.get(a) + vocab.get(b));
            stats.merge(a, b, merged);
        }
        return merges;
    }

    /** Pair → count and pair → words holding it, kept current as merges rewrite words. */
    private static final class PairStats {
        private final int[][] words;
        private final int[] freq;
        private final Map<Long, long[]> count = new HashMap<>();
        private final Map<Long, BitSet> where = new HashMap<>();

        PairStats(int[][] words, int[] freq) {
            this.words = words;
            this.freq = freq;
            for (int w = 0; w < words.length; w++) {
                add(w, +1);
            }
        }

        /** The most frequent pair with count ≥ min (ties: smallest key), or -1. */
        long best(int min) {
            long bestKey = -1;
            long bestCount = min - 1;
            for (Map.Entry<Long, long[]> e : count.entrySet()) {
                long c = e.getValue()[0];
                if (c > bestCount || (c == bestCount && bestKey != -1 && e.getKey() < bestKey)) {
                    bestCount = c;
                    bestKey = e.getKey();
                }
            }
            return bestKey;
        }

        void merge(int a, int b, int merged) {
            BitSet holders = where.remove(ByteLevelBpe.key(a, b));
            count.remove(ByteLevelBpe.key(a, b));
            for (int w = holders.nextSetBit(0); w >= 0; w = holders.nextSetBit(w + 1)) {
                add(w, -1);
                words[w] = rewrite(words[w], a, b, merged);
                add(w, +1);
            }
        }

        private static int[] rewrite(int[] s, int a, int b, int merged) {
            int[] out = new int[s.length];
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (i + 1 < s.length && s[i] == a && s[i + 1] == b) {
                    out[n++] = merged;
                    i++;
                } else {
                    out[n++] = s[i];
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** Adds (sign +1) or removes (−1) word w's pairs from the counts. */
        private void add(int w, int sign) {
            int[] s = words[w];
            for (int i = 0; i + 1 < s.length; i++) {
                long k = ByteLevelBpe.key(s[i], s[i + 1]);
                long[] c = count.computeIfAbsent(k, x -> new long[1]);
                c[0] += (long) sign * freq[w];
                if (sign > 0) {
                    where.computeIfAbsent(k, x -> new BitSet()).set(w);
                } else if (c[0] <= 0) {
                    count.remove(k);
                }
            }
        }
    }
}
