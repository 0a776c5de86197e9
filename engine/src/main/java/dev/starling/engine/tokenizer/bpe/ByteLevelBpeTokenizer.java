package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteUnicode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Byte-level BPE (GPT-2, Llama 3, Qwen2, StarCoder, DeepSeek, Falcon …): the text is split into
 * chunks by the family's {@link PreTokenizer}; each chunk's UTF-8 bytes are spelled in GPT-2's byte
 * alphabet ({@link ByteUnicode}, {@code Ġ} = space) and merged by rank, lowest first
 * ({@link PairMerger}). Every byte has a token, so nothing is unknown.
 */
public final class ByteLevelBpeTokenizer extends LmTokenizer {
    private static final int CACHE_LIMIT = 1 << 16;

    private final PreTokenizer preTokenizer;
    private final boolean ignoreMerges;
    private final PairTable merges;
    /** The id of each byte's character, by byte. */
    private final int[] byteIds = new int[256];
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();
    private final PairMerger.Rule rule = new PairMerger.Rule() {
        @Override
        public double priority(String s, int from, int mid, int to, int leftId, int rightId) {
            long m = merges.get(leftId, rightId);
            return m < 0 ? Double.NaN : -(double) (m >>> 32);
        }

        @Override
        public int mergedId(String s, int from, int mid, int to, int leftId, int rightId) {
            return (int) merges.get(leftId, rightId);
        }
    };

    /**
     * @param merges       merge rules {@code "left right"} in rank order (the first merges first)
     * @param preTokenizer the family's chunking
     * @param ignoreMerges emit a chunk that is a vocabulary token whole (Llama 3)
     */
    public ByteLevelBpeTokenizer(Vocabulary vocab, List<String> merges, PreTokenizer preTokenizer,
            boolean ignoreMerges, SpecialIds special) {
        super(vocab, special);
        this.preTokenizer = preTokenizer;
        this.ignoreMerges = ignoreMerges;
        this.merges = new PairTable(merges.size());
        for (int rank = 0; rank < merges.size(); rank++) {
            addMerge(vocab, merges.get(rank), rank);
        }
        for (int b = 0; b < 256; b++) {
            byteIds[b] = vocab.id(String.valueOf(ByteUnicode.charOf(b)));
        }
    }

    /** A tokenizer for a named family ({@link PreTokenizerType}). */
    public ByteLevelBpeTokenizer(Vocabulary vocab, List<String> merges, PreTokenizerType type, SpecialIds special) {
        this(vocab, merges, type.create(), type.ignoreMerges(), special);
    }

    /**
     * The tokenizer of a vocabulary we trained
     * ({@link dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer}): GPT-2's pre-tokenizer, and ids from {@code firstSpecial} on are control tokens (e.g. {@code <|endoftext|>}).
     */
    public static ByteLevelBpeTokenizer of(ByteLevelBpe trained, int firstSpecial) {
        String[] tokens = trained.vocab().toArray(String[]::new);
        TokenType[] types = new TokenType[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            types[i] = i < firstSpecial ? TokenType.NORMAL : TokenType.CONTROL;
        }
        return new ByteLevelBpeTokenizer(new Vocabulary(tokens, types, null), trained.merges(),
                PreTokenizerType.GPT2, SpecialIds.none());
    }

    /** Loads a byte-level BPE tokenizer.json (see {@link BpeJsonReader} for what is supported). */
    public static ByteLevelBpeTokenizer fromJson(Path path) throws IOException {
        return BpeJsonReader.read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /** Builds a byte-level BPE tokenizer from the text of a tokenizer.json. */
    public static ByteLevelBpeTokenizer fromJsonString(String json) {
        return BpeJsonReader.read(json, "tokenizer.json string");
    }

    private void addMerge(Vocabulary vocab, String rule, int rank) {
        int sp = rule.indexOf(' ', 1); // why: from 1, so that a merge of a space token itself still parses
        if (sp < 0) {
            throw new IllegalArgumentException("merge " + rank + " is not 'left right': '" + rule + "'");
        }
        String left = rule.substring(0, sp);
        String right = rule.substring(sp + 1);
        int l = vocab.id(left);
        int r = vocab.id(right);
        int m = vocab.id(left + right);
        if (l < 0 || r < 0 || m < 0) {
            throw new IllegalArgumentException("merge " + rank + " '" + rule + "' uses or makes a token not in the vocabulary");
        }
        merges.putIfAbsent(l, r, rank, m);
    }

    @Override
    void encodeText(String text, boolean afterSpecial, IntBuffer out) {
        for (String chunk : preTokenizer.split(text)) {
            String spelled = ByteUnicode.spell(chunk);
            int[] ids = cache.get(spelled);
            if (ids == null) {
                ids = mergeChunk(spelled);
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear(); // why: bounded memory on endless streams of new words
                }
                cache.put(spelled, ids);
            }
            out.addAll(ids);
        }
    }

    /** One spelled chunk → ids: each character (one byte) a symbol, then merges by rank. */
    private int[] mergeChunk(String spelled) {
        int whole = vocab.id(spelled);
        if (ignoreMerges && whole >= 0) {
            return new int[] {whole};
        }
        int n = spelled.length();
        int[] bounds = new int[n + 1];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            bounds[i + 1] = i + 1;
            int b = ByteUnicode.byteOf(spelled.charAt(i));
            ids[i] = b >= 0 ? byteIds[b] : -1;
        }
        int[] symbols = PairMerger.merge(spelled, bounds, ids, rule);
        IntBuffer out = new IntBuffer();
        for (int k = 0; k < symbols.length; k += 3) {
            if (symbols[k + 2] >= 0) {
                out.add(symbols[k + 2]);
            } else if (special.unk() >= 0) {
                out.add(special.unk()); // a byte the vocabulary lacks: only in truncated vocabularies
            }
        }
        return out.toArray();
    }

    @Override
    public String decode(int[] ids, boolean skipSpecial) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            TokenType type = vocab.type(id);
            if (skipSpecial && type == TokenType.CONTROL) {
                continue;
            }
            String t = vocab.token(id);
            if (type == TokenType.CONTROL || type == TokenType.USER_DEFINED || !spellsBytes(t)) {
                bytes.writeBytes(t.getBytes(StandardCharsets.UTF_8)); // stored as text, not as bytes
            } else {
                for (int i = 0; i < t.length(); i++) {
                    bytes.write(ByteUnicode.byteOf(t.charAt(i)));
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean spellsBytes(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (ByteUnicode.byteOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
