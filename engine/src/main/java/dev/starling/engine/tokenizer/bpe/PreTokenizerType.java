package dev.starling.engine.tokenizer.bpe;

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
    /** DeepSeek LLM: explicit letter ranges, ASCII/full-width punctuation, CJK and Hangul runs. */
    DEEPSEEK_LLM(false, List.of("deepseek-llm"),
            "[\r\n]",
            "\\s?[A-Za-zµÀ-ÖØ-öø-ƺƼ-ƿǄ-ʓʕ-ʯͰ-ͳͶͷͻ-ͽͿΆΈ-ΊΌΎ-ΡΣ-ϵϷ-ҁҊ-ԯԱ-ՖႠ-ჅᎠ-Ᏽᏸ-ᏽᲐ-ᲺᲽ-Ჿᴀ-ᴫᵫ-ᵷᵹ-ᶚḀ-ἕἘ-Ἕἠ-ὅὈ-Ὅὐ-ὗ"
                    + "ὙὛὝὟ-ώᾀ-ᾴᾶ-ᾼιῂ-ῄῆ-ῌῐ-ΐῖ-Ίῠ-Ῥῲ-ῴῶ-ῼℂℇℊ-ℓℕℙ-ℝℤΩℨK-ℭℯ-ℴℹℼ-ℿⅅ-ⅉⅎↃↄⰀ-ⱻⱾ-ⳤⳫ-ⳮⳲⳳꙀ-ꙭꚀ-ꚛꜢ-ꝯꝱ-ꞇꞋ-ꞎꭰ-ꮿﬀ-ﬆﬓ-ﬗ"
                    + "Ａ-Ｚａ-ｚ𐐀-𐑏𐒰-𐓓𐓘-𐓻𐲀-𐲲𐳀-𐳲𑢠-𑣟𞤀-𞥃]+",
            "\\s?[!-/:-~！-／：-～‘-‟　-。]+",
            "\\s+$",
            "[一-龥ࠀ-一가-퟿]+",
            "\\p{N}+"),
    /** DeepSeek Coder: letters, punctuation, CJK runs, single digits. */
    DEEPSEEK_CODER(false, List.of("deepseek-coder"),
            "[\r\n]",
            "\\s?\\p{L}+",
            "\\s?\\p{P}+",
            "[一-龥ࠀ-一가-퟿]+",
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

    /** A new pre-tokenizer for this type (compiles the regexes). */
    public PreTokenizer create() {
        return new RegexPreTokenizer(regexes);
    }
}
