package dev.starling.analysis.ngrams;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text → hashed sparse features, cheap enough to run on every post: word unigrams and bigrams
 * (with links, phone numbers, sums of money and numbers replaced by shape words, see
 * {@link TextShapes}), character n-grams of the lower-cased text, and a few shape cues (shaped
 * spans, "!!", words in capitals, length). Words and cues can be left out: Chinese has no spaces
 * to find words by, and its character 1–3-grams already are its words. Each feature is hashed into one of
 * 2^bits slots with a ±1 sign (so colliding features tend to cancel rather than add up); a
 * slot's value is 1 + ln(count) with the sign, and the vector is scaled to unit length.
 *
 * <p>Before anything else the text is NFKC-normalised (full-width letters become ASCII), format
 * characters are dropped (U+FEFF, zero-width joiners: in the YouTube data a trailing U+FEFF marks
 * the scrape, not the message) and runs of white space become one space.
 */
public final class NgramFeatures {
    /**
     * The feature settings a trained model was built with (stored in its model.json).
     *
     * @param hashBits     log2 of the number of slots
     * @param minCharGram  shortest character n-gram
     * @param maxCharGram  longest character n-gram
     * @param words        word unigrams and bigrams, with shaped spans as words
     * @param cues         the shape cues ("!!", capitals, length, one per shaped span)
     */
    public record Config(int hashBits, int minCharGram, int maxCharGram, boolean words, boolean cues) {
        /** Words, character 3–5-grams and cues: short English messages such as spam. */
        public static final Config MESSAGES = new Config(18, 3, 5, true, true);
        /** Character 1–3-grams only: Chinese. */
        public static final Config CHINESE = new Config(18, 1, 3, false, false);

        public Config {
            if (hashBits < 10 || hashBits > 24) {
                throw new IllegalArgumentException("hash bits must be in [10, 24], got " + hashBits);
            }
            if (minCharGram < 1 || maxCharGram < minCharGram || maxCharGram > 8) {
                throw new IllegalArgumentException("character n-grams [" + minCharGram + ", " + maxCharGram + "] are not valid");
            }
        }

        /** The number of slots, 2^hashBits. */
        public int dimension() {
            return 1 << hashBits;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hash_bits", hashBits);
            m.put("char_ngrams", List.of(minCharGram, maxCharGram));
            m.put("word_ngrams", words ? List.of(1, 2) : List.of());
            m.put("cues", cues);
            return m;
        }

        public static Config fromJson(Map<String, Object> m) {
            List<?> chars = (List<?>) m.get("char_ngrams");
            List<?> words = (List<?>) m.get("word_ngrams");
            return new Config(((Number) m.get("hash_bits")).intValue(), ((Number) chars.get(0)).intValue(),
                    ((Number) chars.get(1)).intValue(), words != null && !words.isEmpty(), Boolean.TRUE.equals(m.get("cues")));
        }
    }

    private static final long WORD = 0x1111L;
    private static final long BIGRAM = 0x2222L;
    private static final long CHARS = 0x3333L;
    private static final long SHAPE = 0x4444L;
    private static final long START = hash(WORD, "<s>", 0, 3);

    private final Config config;
    private final int mask;

    public NgramFeatures(Config config) {
        this.config = config;
        this.mask = config.dimension() - 1;
    }

    public Config config() {
        return config;
    }

    /** The unit-length feature vector of {@code text} (empty for a text without characters). */
    public SparseVector vector(String text) {
        Accumulator acc = new Accumulator(false);
        accumulate(normalise(text), acc);
        return acc.toVector(mask);
    }

    /**
     * Where each feature of {@link #vector} came from, for explanations: the normalised text, the
     * vector, and per occurrence of a hashed n-gram its slot, sign (+1/−1) and the characters
     * [from, to) of the normalised text it covers (−1, −1 for whole-text cues: length, capitals, "!!").
     */
    public record Traced(String normal, SparseVector vector, int[] slots, int[] signs, int[] from, int[] to, String[] cues) {
    }

    public Traced trace(String text) {
        String normal = normalise(text);
        Accumulator acc = new Accumulator(true);
        accumulate(normal, acc);
        int n = acc.n;
        int[] slots = new int[n];
        int[] signs = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = (int) (acc.hashes[i] & mask);
            signs[i] = acc.hashes[i] >>> 63 == 0 ? 1 : -1;
        }
        return new Traced(normal, acc.toVector(mask), slots, signs, Arrays.copyOf(acc.from, n), Arrays.copyOf(acc.to, n),
                Arrays.copyOf(acc.cue, n));
    }

    private void accumulate(String normal, Accumulator acc) {
        String lower = normal.toLowerCase(Locale.ROOT);
        if (config.words()) {
            words(lower, acc, config.cues());
        }
        charGrams(lower, acc);
        if (config.cues()) {
            cues(normal, acc);
        }
    }

    /** NFKC, no format characters, white space collapsed and trimmed. */
    public static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Unigrams and bigrams of the words, shaped spans standing in as one word each. */
    private static void words(String lower, Accumulator acc, boolean cues) {
        long prev = START;
        int at = 0;
        for (TextShapes.Span span : TextShapes.find(lower)) {
            prev = plainWords(lower, at, span.start(), prev, acc);
            String w = span.shape().word();
            long h = hash(WORD, w, 0, w.length());
            acc.span(span.start(), span.end());
            acc.add(h);
            acc.span(acc.lastWordStart < 0 ? span.start() : acc.lastWordStart, span.end());
            acc.add(combine(BIGRAM, prev, h));
            if (cues) {
                acc.span(span.start(), span.end());
                acc.add(hash(SHAPE, w, 0, w.length()));
            }
            prev = h;
            acc.lastWordStart = span.start();
            at = span.end();
        }
        plainWords(lower, at, lower.length(), prev, acc);
    }

    /** Words (runs of letters and digits) in [from, to); returns the last word's hash. */
    private static long plainWords(String s, int from, int to, long prev, Accumulator acc) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                long h = hash(WORD, s, start, i);
                acc.span(start, i);
                acc.add(h);
                acc.span(acc.lastWordStart < 0 ? start : acc.lastWordStart, i);
                acc.add(combine(BIGRAM, prev, h));
                acc.lastWordStart = start;
                prev = h;
            }
        }
        return prev;
    }

    /** Character n-grams of " text ", the spaces marking where the text starts and ends. */
    private void charGrams(String lower, Accumulator acc) {
        if (lower.isEmpty()) {
            return;
        }
        String padded = " " + lower + " ";
        for (int n = config.minCharGram(); n <= config.maxCharGram(); n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                acc.span(Math.max(0, i - 1), Math.min(lower.length(), i + n - 1)); // padded → text offsets
                acc.add(hash(CHARS + n, padded, i, i + n));
            }
        }
    }

    /** Cues that survive lower-casing badly or not at all: "!!", capitals, length. */
    private static void cues(String normal, Accumulator acc) {
        if (normal.contains("!!")) {
            acc.cue("\"!!\"");
            acc.add(hash(SHAPE, "!!", 0, 2));
        }
        int caps = 0;
        for (String w : normal.split(" ")) {
            if (w.length() >= 2 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))
                    && !w.equals(w.toLowerCase(Locale.ROOT))) {
                caps++;
            }
        }
        String capsCue = caps == 0 ? "caps0" : caps == 1 ? "caps1" : caps <= 3 ? "caps2-3" : "caps4+";
        acc.cue("capitals: " + capsCue);
        acc.add(hash(SHAPE, capsCue, 0, capsCue.length()));
        String lengthCue = "len" + (32 - Integer.numberOfLeadingZeros(normal.length()));
        acc.cue("length: " + lengthCue);
        acc.add(hash(SHAPE, lengthCue, 0, lengthCue.length()));
    }

    /** FNV-1a over the chars [from, to), seeded by a namespace, then a 64-bit finaliser. */
    static long hash(long seed, CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L ^ (seed * 0x9E3779B97F4A7C15L);
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long combine(long seed, long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b + seed);
    }

    /** MurmurHash3's fmix64: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Hashes seen so far; folded into a sorted, signed, normalised vector at the end. */
    private static final class Accumulator {
        private final boolean traced;
        private long[] hashes = new long[256];
        private int n;
        /** Traced only: each hash's character span, or its cue's name. */
        private int[] from = new int[0];
        private int[] to = new int[0];
        private String[] cue = new String[0];
        private int nextFrom = -1;
        private int nextTo = -1;
        private String nextCue;
        /** Where the previous word started (for bigram spans); −1 before the first. */
        int lastWordStart = -1;

        Accumulator(boolean traced) {
            this.traced = traced;
        }

        /** The span of the next {@link #add} (ignored unless traced). */
        void span(int start, int end) {
            nextFrom = start;
            nextTo = end;
        }

        /** The next {@link #add} is a whole-text cue. */
        void cue(String name) {
            nextCue = name;
        }

        void add(long h) {
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            if (traced) {
                if (from.length < hashes.length) {
                    from = Arrays.copyOf(from, hashes.length);
                    to = Arrays.copyOf(to, hashes.length);
                    cue = Arrays.copyOf(cue, hashes.length);
                }
                from[n] = nextCue == null ? nextFrom : -1;
                to[n] = nextCue == null ? nextTo : -1;
                cue[n] = nextCue;
                nextCue = null;
            }
            hashes[n++] = h;
        }

        SparseVector toVector(int mask) {
            // slot in the high bits, sign in bit 0: sorting groups each slot's occurrences
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((hashes[i] & mask) << 1) | (hashes[i] >>> 63);
            }
            Arrays.sort(keys);
            int[] idx = new int[n];
            float[] val = new float[n];
            int m = 0;
            double norm = 0;
            for (int i = 0; i < n; ) {
                int slot = (int) (keys[i] >>> 1);
                int count = 0;
                for (; i < n && (int) (keys[i] >>> 1) == slot; i++) {
                    count += (keys[i] & 1) == 0 ? 1 : -1;
                }
                if (count != 0) {
                    float v = (float) (Math.signum(count) * (1 + Math.log(Math.abs(count))));
                    idx[m] = slot;
                    val[m++] = v;
                    norm += (double) v * v;
                }
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int i = 0; i < m; i++) {
                val[i] *= scale;
            }
            return new SparseVector(Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
        }
    }
}
