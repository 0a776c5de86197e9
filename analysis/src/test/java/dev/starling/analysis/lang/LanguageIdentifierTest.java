package dev.starling.analysis.lang;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy on short tweet-like posts written for this test ({@code tweets.tsv}: 21 languages, at
 * least 6 posts each, with mentions, URLs, hashtags and emoji), plus the rules for scripts,
 * undetermined input and the Arabic-script and Cyrillic tie-breaks.
 */
class LanguageIdentifierTest {
    /** Languages a script settles by itself: every post must be right. */
    private static final Set<String> SCRIPT_UNIQUE = Set.of("zh", "ja", "ko", "ar", "ru", "el", "he", "th", "hi");

    private static LanguageIdentifier identifier;
    private static List<String[]> posts;

    @BeforeAll
    static void load() throws IOException {
        identifier = LanguageIdentifier.forSocialText();
        posts = new ArrayList<>();
        InputStream in = LanguageIdentifierTest.class.getResourceAsStream("tweets.tsv");
        assertNotNull(in, "tweets.tsv missing from test resources");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    posts.add(line.split("\t", 2));
                }
            }
        }
    }

    @Test
    void accuracyOnTweetLikePosts() {
        Map<String, int[]> perLanguage = new TreeMap<>();   // lang -> {right, total}
        List<String> misses = new ArrayList<>();
        for (String[] post : posts) {
            Detection d = identifier.detect(post[1]);
            int[] counts = perLanguage.computeIfAbsent(post[0], k -> new int[2]);
            counts[1]++;
            if (d.lang().equals(post[0])) {
                counts[0]++;
            } else {
                misses.add(post[0] + " -> " + d.lang() + ": " + post[1]);
            }
        }
        int right = perLanguage.values().stream().mapToInt(c -> c[0]).sum();
        double accuracy = (double) right / posts.size();
        System.out.printf("language identification: %d/%d right (%.1f %%) over %d languages; misses: %s%n",
                right, posts.size(), 100 * accuracy, perLanguage.size(), misses);
        // measured when written: 127/127 (100 %)
        assertTrue(perLanguage.size() >= 15, "languages: " + perLanguage.keySet());
        perLanguage.forEach((lang, c) -> assertTrue(c[1] >= 5, lang + " has only " + c[1] + " posts"));
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + ", misses " + misses);
        for (String lang : SCRIPT_UNIQUE) {
            int[] c = perLanguage.get(lang);
            assertNotNull(c, "no posts for " + lang);
            assertEquals(c[1], c[0], lang + " must be 100 %, misses " + misses);
        }
    }

    @Test
    void traditionalAndSimplifiedChineseAreBothChinese() {
        assertEquals("zh", identifier.detect("我们今天去看电影吧，听说这部很好看").lang());
        assertEquals("zh", identifier.detect("我們今天去看電影吧，聽說這部很好看").lang());
    }

    @Test
    void kanaMakesHanJapanese() {
        assertEquals("ja", identifier.detect("日本語の勉強").lang());
        assertEquals("zh", identifier.detect("学习中文").lang());
    }

    @Test
    void noWordsIsUndetermined() {
        for (String text : List.of("😂😂🔥👍🏽", "🇺🇦 ❤️ 👩‍👩‍👧", "https://t.co/abc @someone", "12:30 !!! ...", "", "ok")) {
            Detection d = identifier.detect(text);
            assertFalse(d.isDetermined(), text + " gave " + d);
            assertEquals(0.0, d.confidence());
        }
    }

    @Test
    void mentionsUrlsAndHashtagsDoNotSwayTheLanguage() {
        assertEquals("es", identifier.detect(
                "@TheEnglishAccount @another_english_name ¿alguien sabe a qué hora empieza el concierto? "
                        + "https://example.com/the-english-url #MusicFestival #LiveMusic").lang());
    }

    @Test
    void aPostOfHashtagsOnlyFallsBackToTheirWords() {
        assertEquals("en", identifier.detect("#ThrowbackThursday #GoodVibesOnly 💪").lang());
    }

    @Test
    void arabicScriptTieBreakByLetters() {
        assertEquals("ar", identifier.detect("كيف حالك اليوم يا صديقي").lang());
        assertEquals("fa", identifier.detect("امروز هوا خیلی خوب است").lang());
        assertEquals("ur", identifier.detect("آج موسم بہت اچھا ہے").lang());
    }

    @Test
    void cyrillicAlphabetsNarrowTheCandidates() {
        assertEquals(List.of("uk"), ScriptRules.cyrillicCandidates("їжак"));
        assertEquals(List.of("be"), ScriptRules.cyrillicCandidates("ўсё"));
        assertEquals(List.of("be", "ru"), ScriptRules.cyrillicCandidates("мы"));
        assertEquals("uk", identifier.detect("Я їду додому").lang());
        assertEquals("bg", identifier.detect("Днес времето е много хубаво и отиваме на разходка в парка").lang());
        assertEquals("sr", identifier.detect("Ђаци иду у школу сваког јутра").lang());
    }

    @Test
    void confidenceReflectsTheShareOfTheDecidingScript() {
        Detection pure = identifier.detect("오늘 날씨가 정말 좋네요");
        Detection mixed = identifier.detect("오늘 날씨가 정말 좋네요 good morning");
        assertEquals("ko", pure.lang());
        assertEquals(1.0, pure.confidence(), 1e-9);
        assertEquals("ko", mixed.lang());
        assertTrue(mixed.confidence() < 1.0 && mixed.confidence() > 0.5, "confidence " + mixed.confidence());
    }

    @Test
    void detectionIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Detection("en", 1.5));
        assertThrows(NullPointerException.class, () -> new Detection(null, 0.5));
        assertThrows(NullPointerException.class, () -> identifier.detect(null));
    }

    @Test
    void sameAnswerEveryTime() {
        String text = "Encore une grève des trains aujourd'hui, je vais devoir travailler depuis chez moi";
        Detection first = identifier.detect(text);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, identifier.detect(text));
        }
    }
}
