package dev.starling.analysis.text;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One nested class per normalisation step, each with concrete inputs and expected outputs. */
class SocialTextNormalizerTest {
    private static final SocialTextNormalizer STANDARD = SocialTextNormalizer.standard();

    private static String norm(String text) {
        return STANDARD.normalize(text).normalized();
    }

    private static SocialTextNormalizer with(NormalizerOptions options) {
        return new SocialTextNormalizer(options);
    }

    @Nested
    class Mentions {
        @Test
        void handlesOfAnyCaseWithUnderscoresAndDigits() {
            NormalizedText t = STANDARD.normalize("thanks @user_Name99 @ALLCAPS @lower @MiXeD_1 and @_x");
            assertEquals("thanks @user @user @user @user and @user", t.normalized());
            assertEquals(List.of("@user_Name99", "@ALLCAPS", "@lower", "@MiXeD_1", "@_x"), t.mentions());
        }

        @Test
        void mastodonMentionWithServerIsOneMention() {
            NormalizedText t = STANDARD.normalize("cc @user@mastodon.social, see you");
            assertEquals("cc @user, see you", t.normalized());
            assertEquals(List.of("@user@mastodon.social"), t.mentions());
            assertEquals("user@mastodon.social", t.entities(EntityType.MENTION).get(0).form());
        }

        @Test
        void blueskyHandleKeepsItsDotsButNotASentenceDot() {
            NormalizedText t = STANDARD.normalize("by @alice.bsky.social. Next @bob.");
            assertEquals(List.of("@alice.bsky.social", "@bob"), t.mentions());
            assertEquals("by @user. Next @user.", t.normalized());
        }

        @Test
        void emailAddressesAndMidWordAtSignsAreNotMentions() {
            NormalizedText t = STANDARD.normalize("mail bob@example.com or a@b");
            assertTrue(t.mentions().isEmpty());
            assertEquals("mail bob@example.com or a@b", t.normalized());
        }

        @Test
        void nonLatinAndFullWidthAtSign() {
            NormalizedText t = STANDARD.normalize("@小王 谢谢 ＠tanaka_san ありがとう");
            assertEquals(List.of("@小王", "＠tanaka_san"), t.mentions());
            assertEquals("@user 谢谢 @user ありがとう", t.normalized());
        }

        @Test
        void keepPlaceholderAndRemoveModes() {
            String text = "hi @Bob_1!";
            assertEquals("hi @Bob_1!", with(NormalizerOptions.defaults().withMentions(EntityMode.KEEP)).normalize(text).normalized());
            assertEquals("hi <user>!", with(NormalizerOptions.defaults().withMentionPlaceholder("<user>")).normalize(text).normalized());
            NormalizedText removed = with(NormalizerOptions.defaults().withMentions(EntityMode.REMOVE)).normalize(text);
            assertEquals("hi !", removed.normalized());
            assertEquals(List.of("@Bob_1"), removed.mentions(), "a removed mention is still reported");
        }
    }

    @Nested
    class Urls {
        @Test
        void schemesPathsQueriesAndTrailingPunctuation() {
            NormalizedText t = STANDARD.normalize(
                    "read https://example.com/a/b?x=1&y=2#frag. and http://t.co/AbC123, or www.example.org/path!");
            assertEquals(List.of("https://example.com/a/b?x=1&y=2#frag", "http://t.co/AbC123", "www.example.org/path"), t.urls());
            assertEquals("read http. and http, or http!", t.normalized());
        }

        @Test
        void balancedParenthesesStayQuotesAndClosingBracketsGo() {
            NormalizedText t = STANDARD.normalize("(see https://en.wikipedia.org/wiki/Java_(programming_language)) \"https://x.io/q\"");
            assertEquals(List.of("https://en.wikipedia.org/wiki/Java_(programming_language)", "https://x.io/q"), t.urls());
            assertEquals("(see http) \"http\"", t.normalized());
        }

        @Test
        void internationalisedDomainsAndCjkPunctuation() {
            NormalizedText t = STANDARD.normalize("https://bücher.de/straße! 看这个http://例え.jp/パス。好");
            assertEquals(List.of("https://bücher.de/straße", "http://例え.jp/パス"), t.urls());
            assertEquals("http! 看这个http。好", t.normalized());
        }

        @Test
        void anEmojiEndsAUrl() {
            NormalizedText t = STANDARD.normalize("https://x.com/a😂");
            assertEquals(List.of("https://x.com/a"), t.urls());
            assertEquals(List.of("😂"), t.emoji());
        }

        @Test
        void mentionsAndHashesInsideAUrlBelongToTheUrl() {
            NormalizedText t = STANDARD.normalize("https://mastodon.social/@bob#top");
            assertEquals(1, t.urls().size());
            assertTrue(t.mentions().isEmpty());
            assertTrue(t.hashtags().isEmpty());
        }

        @Test
        void modes() {
            String text = "go https://x.io/a now";
            assertEquals(text, with(NormalizerOptions.defaults().withUrls(EntityMode.KEEP)).normalize(text).normalized());
            assertEquals("go <url> now", with(NormalizerOptions.defaults().withUrlPlaceholder("<url>")).normalize(text).normalized());
            assertEquals("go now", with(NormalizerOptions.defaults().withUrls(EntityMode.REMOVE)).normalize(text).normalized());
        }
    }

    @Nested
    class Hashtags {
        @Test
        void segmentedIntoLowerCaseWords() {
            NormalizedText t = STANDARD.normalize("#MondayMotivation #COVID19Vaccine #iphone14pro #blacklivesmatter");
            assertEquals("monday motivation covid 19 vaccine iphone 14 pro black lives matter", t.normalized());
            assertEquals(List.of("#MondayMotivation", "#COVID19Vaccine", "#iphone14pro", "#blacklivesmatter"), t.hashtags());
            assertEquals(List.of("monday motivation", "covid 19 vaccine", "iphone 14 pro", "black lives matter"),
                    t.segmentedHashtags());
        }

        @Test
        void notHashtags() {
            NormalizedText t = STANDARD.normalize("C# is #1, see issue#4");
            assertTrue(t.hashtags().isEmpty(), t.hashtags().toString());
            assertEquals("C# is #1, see issue#4", t.normalized());
        }

        @Test
        void nonLatinHashtagsKeepTheirWords() {
            NormalizedText t = STANDARD.normalize("#東京2020 #FelizCumpleaños #الهلال");
            assertEquals(List.of("東京 2020", "feliz cumpleaños", "الهلال"), t.segmentedHashtags());
        }

        @Test
        void keepAndRemoveModesStillReportTheWords() {
            NormalizedText kept = with(NormalizerOptions.defaults().withHashtags(HashtagMode.KEEP)).normalize("so #TBT!");
            assertEquals("so #TBT!", kept.normalized());
            assertEquals(List.of("tbt"), kept.segmentedHashtags());
            NormalizedText removed = with(NormalizerOptions.defaults().withHashtags(HashtagMode.REMOVE)).normalize("so #TBT!");
            assertEquals("so !", removed.normalized());
            assertEquals(List.of("#TBT"), removed.hashtags());
        }

        @Test
        void elongatedTagsAreCutBeforeSegmenting() {
            assertEquals("soo happy", norm("#soooohappy"));
        }
    }

    @Nested
    class Emoji {
        @Test
        void sequencesStayWholeAndRunsAreSeparated() {
            String family = "👩\u200D👩\u200D👧";
            String heart = "❤\uFE0F";
            String thumb = "👍🏽";
            String flag = "🇺🇦";
            String keycap = "1\uFE0F\u20E3";
            NormalizedText t = STANDARD.normalize("ok" + family + heart + thumb + flag + "🇺🇸" + keycap + "😂😂");
            assertEquals(List.of(family, heart, thumb, flag, "🇺🇸", keycap, "😂", "😂"), t.emoji());
            assertEquals("ok " + String.join(" ", t.emoji()), t.normalized());
        }

        @Test
        void offsetsPointAtEachEmoji() {
            NormalizedText t = STANDARD.normalize("a😂🔥b");
            assertEquals("a 😂 🔥 b", t.normalized());
            List<TextEntity> emoji = t.entities(EntityType.EMOJI);
            assertEquals(2, emoji.size());
            for (TextEntity e : emoji) {
                assertEquals(e.text(), t.normalized().substring(e.start(), e.end()));
            }
        }

        @Test
        void separationCanBeTurnedOff() {
            NormalizedText t = with(NormalizerOptions.defaults().withSeparateEmoji(false)).normalize("a😂🔥b");
            assertEquals("a😂🔥b", t.normalized());
            assertEquals(2, t.emoji().size());
        }

        @Test
        void copyrightSignIsTextUnlessAskedToBeEmoji() {
            assertTrue(STANDARD.normalize("© 2024").emoji().isEmpty());
            assertEquals(List.of("©\uFE0F"), STANDARD.normalize("©\uFE0F").emoji());
        }

        @Test
        void combiningAccentsAreNeverSplitFromTheirLetter() {
            // x + combining macron below has no precomposed form: the cluster must survive intact
            assertEquals("x\u0331x\u0331 ok", norm("x\u0331x\u0331x\u0331x\u0331 ok"));
        }
    }

    @Nested
    class Elongation {
        @Test
        void lettersCutToTwoPunctuationToThree() {
            assertEquals("I loove it!!! soo good... NOO", norm("I loooooove it!!!!!!! sooooo good...... NOOOOO"));
        }

        @Test
        void caseInsensitiveRunsAndDigitsUntouched() {
            assertEquals("Aah 1000000 ww", norm("Aaaaah 1000000 wwww"));
        }

        @Test
        void configurableAndOff() {
            assertEquals("looove!!!!", with(NormalizerOptions.defaults().withRepeatLimits(3, 4)).normalize("loooooove!!!!!!").normalized());
            assertEquals("loooooove!!!!!!", with(NormalizerOptions.defaults().withRepeatLimits(0, 0)).normalize("loooooove!!!!!!").normalized());
        }
    }

    @Nested
    class HtmlEntities {
        @Test
        void commonEntitiesDecoded() {
            assertEquals("Tom & Jerry <3 \"hi\" it's 😀 ok", norm("Tom &amp; Jerry &lt;3 &quot;hi&quot; it&#39;s &#x1F600;&nbsp;ok"));
            assertEquals("a > b", norm("a &gt; b"));
        }

        @Test
        void doubleEscapedDecodedFully() {
            assertEquals("Q&A", norm("Q&amp;amp;A"));
        }

        @Test
        void unknownOrInvalidReferencesLeftAsWritten() {
            assertEquals("&bogus; &#xD800; &#0; &#1114112;", norm("&bogus; &#xD800; &#0; &#1114112;"));
        }

        @Test
        void decodedMentionIsFound() {
            assertEquals(List.of("@bob"), STANDARD.normalize("&#64;bob hi").mentions());
        }

        @Test
        void decodingCanBeTurnedOff() {
            assertEquals("Tom &amp; Jerry", with(NormalizerOptions.defaults().withDecodeHtml(false)).normalize("Tom &amp; Jerry").normalized());
        }
    }

    @Nested
    class InvisibleCharacters {
        @Test
        void zeroWidthSpaceRemovedButZwjKeptInsideEmoji() {
            String family = "👩\u200D👩\u200D👧";
            NormalizedText t = STANDARD.normalize("fam\u200Bily " + family + " a\u200Db\u2060c\uFEFF");
            assertEquals("family " + family + " abc", t.normalized());
            assertTrue(t.normalized().contains("\u200D"), "the ZWJ inside the family emoji is kept");
            assertEquals(List.of(family), t.emoji());
        }

        @Test
        void zeroWidthSpaceUsedToHideAMentionIsRemovedFirst() {
            assertEquals(List.of("@bob"), STANDARD.normalize("@b\u200Bob").mentions());
        }

        @Test
        void bidiOverrideRemovedFromArabic() {
            String arabic = "مرحبا بالعالم";
            String out = norm("\u202E" + arabic + "\u202C \u200Fشكرا\u200E \u2067x\u2069");
            assertEquals(arabic + " شكرا x", out);
            assertFalse(out.chars().anyMatch(c -> c == 0x202E || c == 0x202C || c == 0x200F || c == 0x2067));
        }

        @Test
        void whitespaceCollapsedAndTrimmed() {
            assertEquals("a b c d", norm("  a \t\n b\u00A0\u3000 c\r\nd  "));
        }

        @Test
        void nfc() {
            assertEquals("caf\u00E9", norm("cafe\u0301"));
        }

        @Test
        void unpairedSurrogateBecomesReplacementCharacter() {
            assertEquals("a\uFFFDb", norm("a\uD800b"));
        }
    }

    @Nested
    class Contract {
        @Test
        void originalIsKeptAndEntitiesOffsetsMatchTheOutput() {
            String text = "@Bob look #ThrowbackThursday https://x.io/p 😂";
            NormalizedText t = STANDARD.normalize(text);
            assertEquals(text, t.original());
            assertEquals("@user look throwback thursday http 😂", t.normalized());
            List<String> written = t.entities().stream().map(e -> t.normalized().substring(e.start(), e.end())).toList();
            assertEquals(List.of("@user", "throwback thursday", "http", "😂"), written);
        }

        @Test
        void idempotentOnRealisticPosts() {
            for (String post : List.of(
                    "RT @News_Desk: BREAKING!!! Huge fire downtown 🔥🔥 https://t.co/x1 #breakingnews",
                    "Sooo happy rn 😍😍😍 @bestie_99 #blessed #FridayFeeling",
                    "&lt;3 u guys &amp; thx 4 everything \u200B\u200B lol",
                    "مرحبا @ahmed \u202Eشكرا\u202C https://example.com/ar 🇸🇦",
                    "今天天气真好☀️ #周末 @小王",
                    "", "   ", "😂", "#", "@", "http://")) {
                String once = norm(post);
                assertEquals(once, norm(once), () -> "not idempotent: " + post);
            }
        }

        @Test
        void emptyAndNull() {
            NormalizedText t = STANDARD.normalize("");
            assertEquals("", t.normalized());
            assertTrue(t.entities().isEmpty());
            assertThrows(NullPointerException.class, () -> STANDARD.normalize(null));
        }

        @Test
        void optionsAreValidated() {
            assertThrows(IllegalArgumentException.class, () -> NormalizerOptions.defaults().withRepeatLimits(-1, 3));
            assertThrows(IllegalArgumentException.class, () -> NormalizerOptions.defaults().withMentionPlaceholder("two words"));
            assertThrows(IllegalArgumentException.class, () -> NormalizerOptions.defaults().withUrlPlaceholder(""));
        }
    }
}
