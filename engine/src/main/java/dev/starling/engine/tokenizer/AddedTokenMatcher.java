package dev.starling.engine.tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds added tokens in a text the way HF's {@code AddedVocabulary} does (an Aho-Corasick automaton in
 * leftmost-longest mode, iterated without overlaps): at the leftmost position where any token matches,
 * the longest token wins, and the scan resumes after it. So the literal text {@code "[CLS]"} in a post
 * is the [CLS] token, while {@code "[cls]"} (not an exact match) is normalized and split as text.
 *
 * <p>A match rejected by {@code single_word} is skipped as a whole, as the automaton's iterator has
 * already moved past it.
 */
final class AddedTokenMatcher {
    /** Candidate tokens per first char, longest first. */
    private final Map<Character, AddedToken[]> byFirstChar = new HashMap<>();
    /** One bit per BMP char: may a token start here? Keeps the scan of plain text to a bit test. */
    private final long[] firstChars = new long[1024];
    private final boolean empty;

    AddedTokenMatcher(List<AddedToken> tokens) {
        Map<Character, List<AddedToken>> groups = new HashMap<>();
        for (AddedToken t : tokens) {
            if (!t.content().isEmpty()) {
                groups.computeIfAbsent(t.content().charAt(0), k -> new ArrayList<>()).add(t);
            }
        }
        groups.forEach((c, list) -> {
            list.sort(Comparator.comparingInt((AddedToken t) -> t.content().length()).reversed());
            byFirstChar.put(c, list.toArray(AddedToken[]::new));
            firstChars[c >>> 6] |= 1L << c;
        });
        empty = byFirstChar.isEmpty();
    }

    boolean isEmpty() {
        return empty;
    }

    /** Receives the pieces of a text in order: plain text ranges and matched tokens. */
    interface Sink {
        void text(int from, int to);

        void token(AddedToken token);
    }

    /** Splits {@code s[from, to)} into plain text and added tokens, reported in order to {@code sink}. */
    void split(CharSequence s, int from, int to, Sink sink) {
        int textStart = from;
        int i = from;
        while (i < to) {
            AddedToken t = empty ? null : longestAt(s, i, to);
            if (t == null) {
                i++;
                continue;
            }
            int end = i + t.content().length();
            if (t.singleWord() && !isSingleWord(s, from, to, i, end)) {
                i = end;
                continue;
            }
            int start = t.lstrip() ? Math.max(textStart, skipSpaceBackward(s, from, i)) : i;
            int stop = t.rstrip() ? skipSpaceForward(s, end, to) : end;
            if (textStart < start) {
                sink.text(textStart, start);
            }
            sink.token(t);
            textStart = stop;
            i = stop;
        }
        if (textStart < to) {
            sink.text(textStart, to);
        }
    }

    private AddedToken longestAt(CharSequence s, int i, int to) {
        char first = s.charAt(i);
        if ((firstChars[first >>> 6] & (1L << first)) == 0) {
            return null;
        }
        AddedToken[] candidates = byFirstChar.get(first);
        if (candidates == null) {
            return null;
        }
        for (AddedToken t : candidates) {
            String c = t.content();
            if (i + c.length() <= to && regionEquals(s, i, c)) {
                return t;
            }
        }
        return null;
    }

    private static boolean regionEquals(CharSequence s, int at, String c) {
        for (int k = 0; k < c.length(); k++) {
            if (s.charAt(at + k) != c.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** HF's {@code \w} test on both sides of the match. */
    private static boolean isSingleWord(CharSequence s, int from, int to, int start, int end) {
        boolean left = start == from || !isWordChar(Character.codePointBefore(s, start));
        boolean right = end == to || !isWordChar(Character.codePointAt(s, end));
        return left && right;
    }

    /** Rust regex {@code \w}: alphabetic, marks, decimal digits, connector punctuation, join controls. */
    private static boolean isWordChar(int cp) {
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.CONNECTOR_PUNCTUATION;
    }

    private static int skipSpaceBackward(CharSequence s, int from, int i) {
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipSpaceForward(CharSequence s, int i, int to) {
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Regex {@code \s}: the White_Space property (all BMP). */
    private static boolean isSpace(char c) {
        return (UnicodeTables.flags(c) & UnicodeTables.WHITESPACE_FLAG) != 0;
    }
}
