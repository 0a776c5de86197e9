package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leftmost-longest matching of added tokens and their single_word / lstrip / rstrip options. */
class AddedTokenMatcherTest {

    private static AddedToken token(int id, String content, boolean singleWord, boolean lstrip, boolean rstrip) {
        return new AddedToken(id, content, singleWord, lstrip, rstrip, false, true);
    }

    /** The split as a list: plain text in quotes, tokens as their id. */
    private static List<String> split(AddedTokenMatcher m, String s) {
        List<String> out = new ArrayList<>();
        m.split(s, 0, s.length(), new AddedTokenMatcher.Sink() {
            @Override
            public void text(int from, int to) {
                out.add("'" + s.substring(from, to) + "'");
            }

            @Override
            public void token(AddedToken t) {
                out.add("#" + t.id());
            }
        });
        return out;
    }

    @Test
    void findsTokensAnywhereCaseSensitively() {
        AddedTokenMatcher m = new AddedTokenMatcher(List.of(token(101, "[CLS]", false, false, false),
                token(103, "[MASK]", false, false, false)));
        assertEquals(List.of("'hello'", "#103", "'world'"), split(m, "hello[MASK]world"));
        assertEquals(List.of("#101", "#101"), split(m, "[CLS][CLS]"));
        assertEquals(List.of("'[cls] [MASK'"), split(m, "[cls] [MASK"));
        assertEquals(List.of("'['", "#101", "']'"), split(m, "[[CLS]]"));
        assertEquals(List.of(), split(m, ""));
    }

    @Test
    void theLongestTokenAtTheLeftmostPositionWins() {
        AddedTokenMatcher m = new AddedTokenMatcher(List.of(token(1, "ab", false, false, false),
                token(2, "abc", false, false, false), token(3, "bcd", false, false, false)));
        assertEquals(List.of("'x'", "#2", "'d'"), split(m, "xabcd"));
    }

    @Test
    void singleWordTokensOnlyMatchWholeWords() {
        AddedTokenMatcher m = new AddedTokenMatcher(List.of(token(7, "lol", true, false, false)));
        assertEquals(List.of("#7", "' '", "#7", "'!'"), split(m, "lol lol!"));
        assertEquals(List.of("'lolz trolol'"), split(m, "lolz trolol"));
    }

    @Test
    void stripOptionsSwallowTheAdjacentWhitespace() {
        AddedTokenMatcher m = new AddedTokenMatcher(List.of(token(5, "<m>", false, true, true)));
        assertEquals(List.of("'a'", "#5", "'b '"), split(m, "a  \t<m>\u00a0 b "));
    }

    @Test
    void emptyTokensAreIgnored() {
        AddedTokenMatcher m = new AddedTokenMatcher(List.of(token(9, "", false, false, false)));
        assertEquals(List.of("'abc'"), split(m, "abc"));
    }
}
