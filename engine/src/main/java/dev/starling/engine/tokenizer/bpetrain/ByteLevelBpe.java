package dev.starling.engine.tokenizer.bpetrain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A byte-level BPE vocabulary as GPT-2 defines it: ids 0–255 are the 256 byte characters (in byte
 * order), then one token per merge in rank order, then the special tokens. Data only, validated:
 * encode and decode with {@link dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer#of}.
 *
 * @see ByteLevelBpeTrainer
 */
public final class ByteLevelBpe {
    private final List<String> vocab;
    private final List<String> merges;
    private final Map<String, Integer> ids = new HashMap<>();

    /**
     * @param vocab  token strings by id (byte characters first, then merges, then special tokens)
     * @param merges merge rules "a b" in rank order
     */
    public ByteLevelBpe(List<String> vocab, List<String> merges) {
        this.vocab = List.copyOf(vocab);
        this.merges = List.copyOf(merges);
        for (int i = 0; i < vocab.size(); i++) {
            ids.putIfAbsent(vocab.get(i), i);
        }
        for (int r = 0; r < merges.size(); r++) {
            String m = merges.get(r);
            int sp = m.indexOf(' ');
            Integer a = ids.get(m.substring(0, sp));
            Integer b = ids.get(m.substring(sp + 1));
            String merged = m.substring(0, sp) + m.substring(sp + 1);
            if (a == null || b == null || 256 + r >= vocab.size() || !vocab.get(256 + r).equals(merged)) {
                // why: encoding turns merge r into id 256 + r, so the vocabulary must list merges in rank order
                throw new IllegalArgumentException("merge " + r + " '" + m + "' does not match vocabulary entry " + (256 + r));
            }
        }
    }

    public List<String> vocab() {
        return vocab;
    }

    public List<String> merges() {
        return merges;
    }

    public int vocabSize() {
        return vocab.size();
    }

    /** The id of a token string, or -1. */
    public int id(String token) {
        return ids.getOrDefault(token, -1);
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}
