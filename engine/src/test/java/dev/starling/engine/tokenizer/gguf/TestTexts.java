package dev.starling.engine.tokenizer.gguf;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Texts for tokenizer parity tests: emoji and ZWJ sequences, CJK, RTL, code, whitespace runs, numbers. */
final class TestTexts {
    private TestTexts() {
    }

    /** Hand-written, one feature or mixture each. */
    static final List<String> HAND_WRITTEN = List.of(
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

    private static final String[] POOL = {"a", "Z", "é", "ß", "ǅ", "ж", "λ", "中", "文", "ア", "한", "ع", "א", "5", "٣",
        "½", " ", " ", "  ", "\n", "\t", "\r\n", "\u00A0", "\u3000", "'s", "'t", "'", ".", ",", "!", "?", "-", "_", "#",
        "@", "{", "}", "😀", "👨‍👩‍👧", "🏽", "️", "\u200D", "\u0301", "$", "€", "%"};

    /** {@code n} seeded random mixtures of 1–24 pieces drawn from a pool of the above character kinds. */
    static List<String> random(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(24);
            for (int j = 0; j < len; j++) {
                sb.append(POOL[rnd.nextInt(POOL.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
