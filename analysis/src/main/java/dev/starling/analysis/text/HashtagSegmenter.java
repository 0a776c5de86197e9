package dev.starling.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a hashtag into lower-case words. First by underscores, letter/digit changes and case
 * changes ({@code #COVID19Vaccine} → covid 19 vaccine, {@code #MondayMotivation} → monday
 * motivation; a single lower-case letter before a capital stays attached: {@code iPhone}). When
 * the writer gave case boundaries they are trusted (a run is split further only into known words);
 * otherwise each single-case run of ASCII letters goes to the {@link WordSegmenter}
 * ({@code #blacklivesmatter} → black lives matter). Runs in other scripts are kept whole: the word
 * list is English.
 */
public final class HashtagSegmenter {
    private final WordSegmenter words;

    public HashtagSegmenter(WordSegmenter words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** Over {@link WordSegmenter#english()}. */
    public static HashtagSegmenter english() {
        return new HashtagSegmenter(WordSegmenter.english());
    }

    /** The words of {@code tag}, with or without its leading {@code #}. */
    public List<String> words(String tag) {
        String body = tag.startsWith("#") || tag.startsWith("\uFF03") ? tag.substring(1) : tag;
        List<String> chunks = new ArrayList<>();
        for (String part : body.split("_")) {
            chunks.addAll(CaseSplit.chunks(withoutLeadingExtenders(part)));
        }
        boolean caseGiven = chunks.size() > countWithoutCaseSplit(body);
        List<String> result = new ArrayList<>();
        for (String chunk : chunks) {
            String lower = lower(chunk);
            if (isAsciiLetters(lower)) {
                result.addAll(split(lower, caseGiven));
            } else {
                result.add(lower);
            }
        }
        return emojiApart(result);
    }

    /** A keycap inside a tag ({@code #1️⃣Day}) is an emoji of its own, as in running text. */
    private static List<String> emojiApart(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            StringBuilder current = new StringBuilder();
            for (String cluster : Graphemes.split(word)) {
                if (Graphemes.isEmoji(cluster)) {
                    if (!current.isEmpty()) {
                        out.add(current.toString());
                        current.setLength(0);
                    }
                    out.add(cluster);
                } else {
                    current.append(cluster);
                }
            }
            if (!current.isEmpty()) {
                out.add(current.toString());
            }
        }
        return out;
    }

    /**
     * A run the writer delimited by case ({@code Livesmatter} in {@code #BlackLivesmatter}) is split
     * further only into known words, so names such as {@code Kardashian} stay whole.
     */
    private List<String> split(String letters, boolean caseGiven) {
        List<String> pieces = words.segment(letters);
        if (caseGiven && !pieces.stream().allMatch(words::isWord)) {
            return List.of(letters);
        }
        return pieces;
    }

    private static int countWithoutCaseSplit(String body) {
        int n = 0;
        for (String part : body.split("_")) {
            n += CaseSplit.chunks(lower(withoutLeadingExtenders(part))).size();
        }
        return n;
    }

    /**
     * Lower case, with Turkish dotted capital I as plain i: Java's root-locale rule makes it i plus
     * a combining dot, a mark that would change how the next character is read.
     */
    private static String lower(String s) {
        return s.replace('\u0130', 'i').toLowerCase(Locale.ROOT);
    }

    /** A word must not begin with a mark: after the space between words it would have no base. */
    private static String withoutLeadingExtenders(String part) {
        int i = 0;
        while (i < part.length() && Graphemes.extendsPrevious(part.codePointAt(i))) {
            i += Character.charCount(part.codePointAt(i));
        }
        return part.substring(i);
    }

    private static boolean isAsciiLetters(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Splitting at letter/digit and lower/upper boundaries. */
    static final class CaseSplit {
        private CaseSplit() {
        }

        static List<String> chunks(String part) {
            List<String> chunks = new ArrayList<>();
            int start = 0;
            int[] cps = part.codePoints().toArray();
            int offset = 0;
            for (int i = 0; i < cps.length; i++) {
                if (i > 0 && boundary(cps, i, offset - start)) {
                    chunks.add(part.substring(start, offset));
                    start = offset;
                }
                offset += Character.charCount(cps[i]);
            }
            if (offset > start) {
                chunks.add(part.substring(start, offset));
            }
            return chunks;
        }

        /** Whether a word starts at code point {@code i}; {@code chunkLength} is the current chunk's length in chars. */
        private static boolean boundary(int[] cps, int i, int chunkLength) {
            int prev = cps[i - 1];
            int cur = cps[i];
            if (Graphemes.extendsPrevious(cur)) {
                return false;   // never cut a grapheme cluster
            }
            if (Character.isDigit(prev) != Character.isDigit(cur)) {
                return true;
            }
            if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
                return chunkLength > 1;   // iPhone, eBay: a lone lower-case prefix belongs to the word
            }
            boolean acronymEnds = Character.isUpperCase(prev) && Character.isUpperCase(cur)
                    && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
            return acronymEnds;          // COVIDVaccine → COVID | Vaccine
        }
    }
}
