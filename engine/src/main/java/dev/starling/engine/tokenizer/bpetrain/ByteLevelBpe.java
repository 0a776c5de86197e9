package dev.starling.engine.tokenizer.bpetrain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A byte-level BPE vocabulary as GPT-2 defines it: ids 0–255 are the 256 byte characters (in byte
 * order), then one token per merge in rank order, then the special tokens. Encoding pre-tokenises
 * with {@link Gpt2PreTokenizer} and merges each word's adjacent pair of lowest rank until none
 * applies. Immutable and thread-safe (the word cache is concurrent).
 *
 * @see ByteLevelBpeTrainer
 */
public final class ByteLevelBpe {
    private final List<String> vocab;
    private final List<String> merges;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Long, Integer> rank = new HashMap<>();
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

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
            rank.put(key(a, b), r);
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

    /** The ids of {@code text} (no special tokens added). */
    public int[] encode(String text) {
        IntBuffer out = new IntBuffer();
        for (String word : Gpt2PreTokenizer.split(text)) {
            out.addAll(cache.computeIfAbsent(ByteUnicode.spell(word), this::mergeWord));
        }
        return out.toArray();
    }

    /** The text of {@code ids}; special tokens are written as they are, invalid UTF-8 becomes U+FFFD. */
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            String t = vocab.get(id);
            for (int i = 0; i < t.length(); i++) {
                int b = ByteUnicode.byteOf(t.charAt(i));
                if (b < 0) { // a special token: not spelled in byte characters
                    bytes.writeBytes(t.getBytes(StandardCharsets.UTF_8));
                    break;
                }
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One spelled word → ids: repeatedly merge the adjacent pair of lowest rank. */
    private int[] mergeWord(String spelled) {
        List<Integer> sym = new ArrayList<>(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            sym.add(ids.get(String.valueOf(spelled.charAt(i))));
        }
        while (sym.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < sym.size(); i++) {
                Integer r = rank.get(key(sym.get(i), sym.get(i + 1)));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            sym.set(best, 256 + bestRank);
            sym.remove(best + 1);
        }
        return sym.stream().mapToInt(Integer::intValue).toArray();
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /** A growable int array. */
    private static final class IntBuffer {
        private int[] a = new int[16];
        private int n;

        void addAll(int[] xs) {
            if (n + xs.length > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(2 * a.length, n + xs.length));
            }
            System.arraycopy(xs, 0, a, n, xs.length);
            n += xs.length;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
