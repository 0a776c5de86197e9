package dev.starling.engine.tokenizer.bpe;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pre-tokenizers of the byte-level BPE model families, by the name GGUF files store in
 * {@code tokenizer.ggml.pre}. The regexes are those of the families' HuggingFace tokenizer.json
 * files as llama.cpp transcribes them ({@code llama-vocab.cpp}); a family with several regexes splits
 * with each in turn ({@link RegexPreTokenizer}).
 *
 * <p>This enum is the one registry: loaders resolve a name with {@link #forName} and never switch on
 * the string themselves.
 */
public enum PreTokenizerType {
    /** llama.cpp's fallback for BPE vocabularies that name no pre-tokenizer. */
    DEFAULT(false, List.of("default"),
            "[\\p{P}\\$\\+<=>\\^~\\|]+",
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)",
            "\\p{N}+",
            "[0-9][0-9][0-9]"),
    /** GPT-2 and the vocabularies that copied its regex (MPT, OLMo, Phi-2, RoBERTa …). */
    GPT2(false, List.of("gpt-2", "gpt2", "mpt", "olmo", "phi-2", "roberta-bpe", "jais", "jina-es", "jina-de",
            "jina-v1-en", "jina-v2-es", "jina-v2-de", "jina-v2-code", "gigachat"),
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+"),
    /** Llama 3: case-insensitive contractions, numbers in groups of up to three, newlines kept apart. */
    LLAMA3(true, List.of("llama3", "llama-v3", "llama-bpe", "falcon3", "pixtral", "dbrx", "smaug-bpe"),
            "(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}"
                    + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"),
    /** Qwen2: as Llama 3 but every digit alone. */
    QWEN2(false, List.of("qwen2", "qwen2.5", "qwen-2.5", "deepseek-r1-qwen"),
            "(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}"
                    + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"),
    /**
     * DeepSeek LLM: explicit cased-letter ranges, ASCII/full-width punctuation, CJK and Hangul runs.
     * Written as escapes: several of these letters (U+1FD3, U+2126, U+212A …) have canonical
     * equivalents that editors and tools silently substitute, which breaks the ranges.
     */
    DEEPSEEK_LLM(false, List.of("deepseek-llm"),
            "[\r\n]",
            "\\s?[A-Za-z\\u00B5\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u01BA\\u01BC-\\u01BF"
                    + "\\u01C4-\\u0293\\u0295-\\u02AF\\u0370-\\u0373\\u0376-\\u0377\\u037B-\\u037D\\u037F"
                    + "\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481"
                    + "\\u048A-\\u052F\\u0531-\\u0556\\u10A0-\\u10C5\\u13A0-\\u13F5\\u13F8-\\u13FD"
                    + "\\u1C90-\\u1CBA\\u1CBD-\\u1CBF\\u1D00-\\u1D2B\\u1D6B-\\u1D77\\u1D79-\\u1D9A"
                    + "\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59"
                    + "\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4"
                    + "\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4"
                    + "\\u1FF6-\\u1FFC\\u2102\\u2107\\u210A-\\u2113\\u2115\\u2119-\\u211D\\u2124\\u2126"
                    + "\\u2128\\u212A-\\u212D\\u212F-\\u2134\\u2139\\u213C-\\u213F\\u2145-\\u2149\\u214E"
                    + "\\u2183-\\u2184\\u2C00-\\u2C7B\\u2C7E-\\u2CE4\\u2CEB-\\u2CEE\\u2CF2-\\u2CF3"
                    + "\\uA640-\\uA66D\\uA680-\\uA69B\\uA722-\\uA76F\\uA771-\\uA787\\uA78B-\\uA78E"
                    + "\\uAB70-\\uABBF\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFF21-\\uFF3A\\uFF41-\\uFF5A"
                    + "\\uD801\\uDC00-\\uD801\\uDC4F\\uD801\\uDCB0-\\uD801\\uDCD3"
                    + "\\uD801\\uDCD8-\\uD801\\uDCFB\\uD803\\uDC80-\\uD803\\uDCB2"
                    + "\\uD803\\uDCC0-\\uD803\\uDCF2\\uD806\\uDCA0-\\uD806\\uDCDF"
                    + "\\uD83A\\uDD00-\\uD83A\\uDD43"
                    + "]+",
            "\\s?[!-/:-~\\uFF01-\\uFF0F\\uFF1A-\\uFF5E\\u2018-\\u201F\\u3000-\\u3002]+",
            "\\s+$",
            "[\\u4E00-\\u9FA5\\u0800-\\u4E00\\uAC00-\\uD7FF]+",
            "\\p{N}+"),
    /** DeepSeek Coder: letters, punctuation, CJK runs, single digits. */
    DEEPSEEK_CODER(false, List.of("deepseek-coder"),
            "[\r\n]",
            "\\s?\\p{L}+",
            "\\s?\\p{P}+",
            "[\\u4E00-\\u9FA5\\u0800-\\u4E00\\uAC00-\\uD7FF]+",
            "\\p{N}"),
    /** Falcon: punctuation runs first, then GPT-2's regex, then groups of three ASCII digits. */
    FALCON(false, List.of("falcon"),
            "[\\p{P}\\$\\+<=>\\^~\\|`]+",
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)",
            "[0-9][0-9][0-9]"),
    /** StarCoder, Refact, Command-R, SmolLM …: single digits, then GPT-2's regex. */
    STARCODER(false, List.of("starcoder", "refact", "command-r", "smollm", "codeshell", "exaone", "minerva"),
            "\\p{N}",
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)");

    private static final Map<String, PreTokenizerType> BY_NAME = new HashMap<>();

    static {
        for (PreTokenizerType t : values()) {
            t.names.forEach(n -> BY_NAME.put(n, t));
        }
    }

    private final boolean ignoreMerges;
    private final List<String> names;
    private final List<String> regexes;

    PreTokenizerType(boolean ignoreMerges, List<String> names, String... regexes) {
        this.ignoreMerges = ignoreMerges;
        this.names = names;
        this.regexes = List.of(regexes);
    }

    /** The type GGUF calls {@code name} ({@code tokenizer.ggml.pre}), if known. */
    public static Optional<PreTokenizerType> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The names this type is stored under. */
    public List<String> names() {
        return names;
    }

    /** The split regexes, in the order they apply. */
    public List<String> regexes() {
        return regexes;
    }

    /**
     * Whether a chunk that is itself a vocabulary token is emitted whole, without merging (HF's
     * {@code ignore_merges}, set by Llama 3): merging could reach a different split of it.
     */
    public boolean ignoreMerges() {
        return ignoreMerges;
    }

    /**
     * A new pre-tokenizer for this type (compiles the regexes). Qwen2's tokenizer.json composes the
     * text to NFC before splitting (llama.cpp skips that step; HF, whose ids are the reference, does not).
     */
    public PreTokenizer create() {
        RegexPreTokenizer split = new RegexPreTokenizer(regexes);
        if (this != QWEN2) {
            return split;
        }
        return text -> split.split(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
