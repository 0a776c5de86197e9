package dev.starling.analysis.sample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sample holds, read back from the committed files with an independent reader and checked against
 * MANIFEST.json: counts, ground-truth ids, planted personal data that is valid, and the breadth the default
 * run needs (posts, authors, weeks, languages, Chinese, spam, abuse, emoji, hashtags, mentions, spikes).
 */
class SampleContentTest {
    private static Path dir;
    private static Map<String, Object> manifest;
    private static List<SampleReader.Seen> posts;
    private static Map<String, SampleReader.Seen> byKey;

    @BeforeAll
    static void load() throws IOException {
        dir = SampleReader.committed();
        manifest = SampleReader.manifest(dir);
        posts = SampleReader.all(dir);
        byKey = new HashMap<>();
        for (SampleReader.Seen p : posts) {
            assertEquals(null, byKey.put(p.file() + "|" + p.id(), p), "duplicate id " + p.id() + " in " + p.file());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void postCountsMatchTheManifest() {
        Map<String, Long> counted = posts.stream().collect(Collectors.groupingBy(SampleReader.Seen::file,
                TreeMap::new, Collectors.counting()));
        long total = 0;
        for (Map<String, Object> f : SampleReader.files(manifest)) {
            assertEquals(f.get("posts"), counted.get((String) f.get("file")), "posts in " + f.get("file"));
            total += (Long) f.get("posts");
        }
        assertEquals(6, counted.size());
        Map<String, Object> totals = (Map<String, Object>) manifest.get("totals");
        assertEquals(totals.get("posts"), total);
        assertEquals((long) posts.size(), total);
        assertEquals(true, manifest.get("synthetic"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void languageLabelsInTheFilesMatchTheManifest() {
        for (Map<String, Object> f : SampleReader.files(manifest)) {
            String file = (String) f.get("file");
            if (f.get("languageField") == null) {
                continue; // Reddit states no language
            }
            Map<String, Long> expected = new TreeMap<>();
            ((Map<String, Long>) f.get("languages")).forEach((k, v) -> expected.merge(
                    file.equals("weibo-export.csv") || file.equals("bluesky-feed.jsonl") ? k : base(k), v, Long::sum));
            Map<String, Long> seen = posts.stream().filter(p -> p.file().equals(file))
                    .collect(Collectors.groupingBy(SampleReader.Seen::lang, TreeMap::new, Collectors.counting()));
            assertEquals(expected, seen, "languages of " + file);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void spamAndAbuseIdsNameRealPosts() {
        long spam = 0;
        long abuse = 0;
        for (Map<String, Object> f : SampleReader.files(manifest)) {
            String file = (String) f.get("file");
            List<String> spamIds = (List<String>) f.get("spamIds");
            List<Map<String, Object>> abusePosts = (List<Map<String, Object>>) f.get("abusePosts");
            assertEquals(f.get("spam"), (long) spamIds.size());
            assertEquals(f.get("abuse"), (long) abusePosts.size());
            for (String id : spamIds) {
                assertNotNull(byKey.get(file + "|" + id), "spam id " + id + " is not a post of " + file);
            }
            for (Map<String, Object> a : abusePosts) {
                assertNotNull(byKey.get(file + "|" + a.get("id")), "abuse id " + a.get("id") + " in " + file);
                assertTrue(Set.of("insult", "hate").contains((String) a.get("kind")));
            }
            spam += spamIds.size();
            abuse += abusePosts.size();
        }
        Map<String, Object> totals = (Map<String, Object>) manifest.get("totals");
        assertEquals(totals.get("spam"), spam);
        assertEquals(totals.get("abuse"), abuse);
        assertTrue(spam >= 0.03 * posts.size() && spam <= 0.07 * posts.size(), "about 5 % spam: " + spam);
        assertTrue(abuse >= 0.03 * posts.size() && abuse <= 0.07 * posts.size(), "about 5 % abuse: " + abuse);
    }

    @Test
    @SuppressWarnings("unchecked")
    void plantedPersonalDataIsInItsPostAndValid() {
        Map<String, Long> byType = new TreeMap<>();
        Set<String> postsWithPii = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (Map<String, Object> f : SampleReader.files(manifest)) {
            String file = (String) f.get("file");
            for (Map<String, Object> p : (List<Map<String, Object>>) f.get("piiPlanted")) {
                SampleReader.Seen post = byKey.get(file + "|" + p.get("id"));
                assertNotNull(post, "personal data planted in unknown post " + p.get("id") + " of " + file);
                String value = (String) p.get("value");
                assertTrue(post.text().contains(value), value + " not in the text of " + p.get("id") + ": " + post.text());
                String type = (String) p.get("type");
                switch (type) {
                    case "card" -> assertTrue(luhn(value.replaceAll("[ -]", "")), "not Luhn-valid: " + value);
                    case "iban" -> assertTrue(ibanValid(value), "not mod-97 valid: " + value);
                    case "email" -> assertTrue(value.matches("[a-z0-9._]+@[a-z0-9.]+\\.[a-z]{2,}"), value);
                    case "phone" -> assertTrue(value.matches("\\+\\d{1,3}[ \\d-]{7,16}\\d"), value);
                    case "ipv4" -> assertTrue(value.matches("(\\d{1,3}\\.){3}\\d{1,3}"), value);
                    case "ipv6" -> assertTrue(value.matches("2001:0?db8:[0-9a-f:]+"), value);
                    case "secret_url" -> assertTrue(value.matches("https://\\S+\\?\\S*(token|api_key)=\\S+"), value);
                    default -> throw new AssertionError("unknown type " + type);
                }
                byType.merge(type, 1L, Long::sum);
                postsWithPii.add(file + "|" + p.get("id"));
                values.add(value);
            }
        }
        Map<String, Object> totals = (Map<String, Object>) manifest.get("totals");
        Map<String, Long> stated = new TreeMap<>((Map<String, Long>) totals.get("pii"));
        stated.values().removeIf(v -> v == 0);
        assertEquals(stated, byType);
        assertEquals(7, byType.size(), "every kind of personal data is planted: " + byType);
        assertEquals(totals.get("postsWithPii"), (long) postsWithPii.size());
        assertTrue(postsWithPii.size() >= 0.04 * posts.size() && postsWithPii.size() <= 0.07 * posts.size(),
                "about 5 % of posts carry personal data: " + postsWithPii.size());
        for (String known : List.of("4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32")) {
            assertTrue(values.contains(known), "the well-known test value " + known + " is planted");
        }
    }

    @Test
    void breadth() {
        assertTrue(posts.size() >= 600, "posts: " + posts.size());
        long authors = posts.stream().map(p -> p.file() + "|" + p.author()).distinct().count();
        assertTrue(authors >= 120, "authors: " + authors);
        var first = posts.stream().map(SampleReader.Seen::at).min(Comparable::compareTo).orElseThrow();
        var last = posts.stream().map(SampleReader.Seen::at).max(Comparable::compareTo).orElseThrow();
        assertTrue(Duration.between(first, last).toDays() >= 42, "span: " + Duration.between(first, last));
        Set<String> languages = posts.stream().map(SampleReader.Seen::lang).filter(l -> l != null)
                .map(SampleContentTest::base).collect(Collectors.toSet());
        assertTrue(languages.size() >= 8, "languages: " + languages);
        assertTrue(languages.containsAll(Set.of("en", "es", "fr", "de", "pt", "it", "ja", "zh", "ar", "ru", "ko")),
                "languages: " + languages);
        long chinese = posts.stream().filter(p -> p.lang() != null && base(p.lang()).equals("zh")).count();
        assertTrue(chinese >= 60, "Chinese posts: " + chinese);
        long english = posts.stream().filter(p -> "en".equals(p.lang())).count();
        long labelled = posts.stream().filter(p -> p.lang() != null).count();
        assertTrue(english * 2 > labelled, "mostly English: " + english + " of " + labelled);
    }

    @Test
    void activityIsZipfLikeAndTimeHasRhythmAndSpikes() {
        Map<String, Long> perAuthor = posts.stream().filter(p -> p.file().equals("x-api-v2.jsonl"))
                .collect(Collectors.groupingBy(SampleReader.Seen::author, Collectors.counting()));
        List<Long> counts = perAuthor.values().stream().sorted().toList();
        long median = counts.get(counts.size() / 2);
        assertTrue(counts.get(counts.size() - 1) >= 5 * median, "a few very active accounts: " + counts);
        Map<LocalDate, Long> perDay = posts.stream().collect(Collectors.groupingBy(
                p -> p.at().atOffset(ZoneOffset.UTC).toLocalDate(), TreeMap::new, Collectors.counting()));
        double weekday = perDay.entrySet().stream().filter(e -> e.getKey().getDayOfWeek().getValue() <= 5
                && !spike(e.getKey())).mapToLong(Map.Entry::getValue).average().orElseThrow();
        double weekend = perDay.entrySet().stream().filter(e -> e.getKey().getDayOfWeek().getValue() > 5
                && !spike(e.getKey())).mapToLong(Map.Entry::getValue).average().orElseThrow();
        assertTrue(weekday > weekend, "more posts on weekdays: " + weekday + " vs " + weekend);
        long recall = perDay.get(LocalDate.of(2026, 6, 23));
        assertEquals(recall, perDay.values().stream().max(Long::compare).orElseThrow(), "the recall day is the peak");
        assertTrue(recall > 2.5 * weekday, "recall spike " + recall + " vs a weekday " + weekday);
    }

    private static final Set<LocalDate> SPIKES = Set.of(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 23),
            LocalDate.of(2026, 6, 24), LocalDate.of(2026, 7, 12));

    private static boolean spike(LocalDate d) {
        return SPIKES.contains(d);
    }

    @Test
    void textHasTheHardParts() {
        String all = posts.stream().map(SampleReader.Seen::text).collect(Collectors.joining("\n"));
        assertTrue(all.contains("\u200D"), "emoji ZWJ sequences");
        assertTrue(all.matches("(?s).*[\\x{1F3FB}-\\x{1F3FF}].*"), "skin-tone modifiers");
        assertTrue(all.contains("\uFE0F"), "variation selectors");
        assertTrue(all.matches("(?s).*\\b\\w*([a-z])\\1{3,}\\w*\\b.*"), "elongated words");
        assertTrue(all.contains("#heatwave2026") && all.contains("#MondayMotivation"), "lower and CamelCase hashtags");
        assertTrue(all.matches("(?s).*@[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9_]*.*"), "mentions like @Some_User");
        assertTrue(all.matches("(?s).*@[a-z]+_[a-z]+\\d+.*"), "mentions like @lower_case99");
        assertTrue(all.contains("https://"), "links");
        String xRaw = String.join("\n", posts.stream().filter(p -> p.file().startsWith("x-") || p.file().equals("tweets.js"))
                .map(SampleReader.Seen::text).toList());
        assertTrue(xRaw.contains("&") || xRaw.contains("<3"), "X texts with characters that X escapes");
    }

    @Test
    void chinesePhrasesAreClearlyPositiveAndNegative() {
        Phrasebook book = Phrasebook.load();
        for (String lang : List.of("zh", "zh-Hant")) {
            Map<String, Long> sentiment = book.of(lang).stream().filter(t -> t.kind() == Template.Kind.NORMAL)
                    .collect(Collectors.groupingBy(Template::sentiment, Collectors.counting()));
            assertTrue(sentiment.getOrDefault("pos", 0L) >= 4 && sentiment.getOrDefault("neg", 0L) >= 4,
                    lang + " phrases: " + sentiment);
        }
        assertTrue(book.of("zh").size() >= 60, "enough Simplified Chinese phrases to avoid repeats");
    }

    static String base(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Luhn, written independently of the generator. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = digits.charAt(digits.length() - 1 - k) - '0';
            if (k % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return digits.length() >= 13 && sum % 10 == 0;
    }

    /** ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1. */
    static boolean ibanValid(String iban) {
        String s = iban.replace(" ", "");
        String moved = s.substring(4) + s.substring(0, 4);
        StringBuilder n = new StringBuilder();
        for (char c : moved.toCharArray()) {
            n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(Character.getNumericValue(c)));
        }
        return s.length() >= 15 && new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
