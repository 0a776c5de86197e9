package dev.starling.engine.tokenizer.gguf;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.starling.engine.datasets.Datasets;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GPT-2's encoding, our byte-level BPE (vocabulary and merges from llama.cpp's ggml-vocab-gpt-2.gguf)
 * against jtokkit's r50k_base (an independent implementation with its own copy of the ranks), id for
 * id, on hand-written texts covering emoji and ZWJ sequences, CJK, RTL scripts, code, whitespace runs,
 * contractions and numbers, and on seeded random mixtures of those characters.
 */
@Tag("datasets")
class Gpt2JtokkitParityTest {
    private static LmTokenizer ours;
    private static Encoding reference;

    @BeforeAll
    static void load() throws IOException {
        ours = (LmTokenizer) GgufTokenizers.load(Datasets.file("llama-cpp-vocab/ggml-vocab-gpt-2.gguf"));
        reference = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);
    }

    static final List<String> TEXTS = List.of(
            "Hello world", " Hello world", "Hello  world", "   leading and trailing   ",
            "I'm sure you'll see they've done it, didn't they? We'd say it's John's.",
            "I'M SHOUTING, IT'S LOUD", "rock'n'roll ' quotes ''", "don’t (typographic apostrophe)",
            "👋 hi 👨‍👩‍👧‍👦 family 🏳️‍🌈 flag 👍🏽 thumbs ❤️ heart", "🙂🙂🙂🙃🙃", "#hashtag @mention 🔥🔥 lit!!!",
            "汉字和中文标点，测试。", "日本語のテキスト、カタカナとひらがな。", "한국어 텍스트입니다", "繁體中文測試",
            "مرحبا بالعالم، كيف حالك؟", "שלום עולם", "Привет, мир! Ёлка", "Ελληνικά κείμενα",
            "हिन्दी पाठ", "ไทยภาษา", "Tiếng Việt có dấu",
            "def f(x):\n    return x ** 2  # square\n", "for (int i = 0; i < n; i++) { a[i] += 1; }",
            "if x:\n\tpass\n\n\n\telse:\t\ty = {'a': [1, 2]}", "SELECT * FROM t WHERE id = 42;", "<div class=\"x\">&amp;</div>",
            "a\nb\r\nc\rd", "\n\n\n", "\t\t\t", "     ", "x     y", "end with spaces   ", " \n \n ",
            "line1\n    indented\n        more", "tab\tseparated\tvalues\t",
            "1234567890", "3.14159 2,718 1e-10 -42 +7 0x1F 100%", "$1,000,000.00", "2026-11-29T05:20:00Z",
            "ǅungla Ⅻ ½ ² ٣", "ﬁ ligature ＡＢＣ full-width", "\u00A0nbsp\u2003em\u3000ideo\u200Bzwsp",
            "mixed 中文 and English words 123 together!", "http://example.com/path?q=1&r=2#frag",
            "", " ", "a", "!!!", "...", "—–-", "@user_name123");

    @Test
    void handWrittenTextsEncodeAsJtokkit() {
        List<String> failures = compare(TEXTS);
        assertTrue(failures.isEmpty(), failures.size() + "/" + TEXTS.size() + " differ:\n" + String.join("\n", failures));
    }

    @Test
    void randomMixturesEncodeAsJtokkit() {
        String[] pool = {"a", "Z", "é", "ß", "ǅ", "ж", "λ", "中", "文", "ア", "한", "ع", "א", "5", "٣", "½", " ", " ", "  ",
            "\n", "\t", "\r\n", "\u00A0", "\u3000", "'s", "'t", "'", ".", ",", "!", "?", "-", "_", "#", "@", "{", "}",
            "😀", "👨‍👩‍👧", "🏽", "️", "\u200D", "\u0301", "$", "€", "%"};
        SplittableRandom rnd = new SplittableRandom(20261129);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(24);
            for (int j = 0; j < len; j++) {
                sb.append(pool[rnd.nextInt(pool.length)]);
            }
            texts.add(sb.toString());
        }
        List<String> failures = compare(texts);
        assertTrue(failures.isEmpty(), failures.size() + "/" + texts.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    @Test
    void everyTextDecodesBack() {
        for (String t : TEXTS) {
            assertEquals(t, ours.decode(ours.tokenize(t)), "round trip of " + t);
        }
    }

    private static List<String> compare(List<String> texts) {
        List<String> failures = new ArrayList<>();
        for (String t : texts) {
            int[] expected = reference.encodeOrdinary(t).toArray();
            int[] got = ours.tokenize(t);
            if (!Arrays.equals(expected, got)) {
                failures.add("'" + t.replace("\n", "\\n") + "'\n   jtokkit " + Arrays.toString(expected)
                        + "\n   ours    " + Arrays.toString(got));
            }
        }
        return failures;
    }
}
