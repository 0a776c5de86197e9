package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.Encoding;
import dev.starling.engine.tokenizer.bpetrain.ByteUnicode;
import dev.starling.engine.tokenizer.chat.ChatFormat;
import dev.starling.engine.tokenizer.chat.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hand-made vocabulary: the 256 byte characters, six merges, a control and a user-defined token. */
class ByteLevelBpeTokenizerTest extends LmTokenizerContract {
    static final List<String> MERGES = List.of("e l", "l l", "h e", "h el", "a a", "Ġ w");
    final List<String> tokens = new ArrayList<>();
    final List<TokenType> types = new ArrayList<>();
    final ByteLevelBpeTokenizer bpe;

    ByteLevelBpeTokenizerTest() {
        for (int b = 0; b < 256; b++) {
            add(String.valueOf(ByteUnicode.charOf(b)), TokenType.NORMAL);
        }
        for (String m : MERGES) {
            add(m.replace(" ", ""), TokenType.NORMAL);
        }
        add("<|endoftext|>", TokenType.CONTROL);
        add("<tag>", TokenType.USER_DEFINED);
        add("<|im_start|>", TokenType.CONTROL);
        add("<|im_end|>", TokenType.CONTROL);
        Vocabulary v = new Vocabulary(tokens.toArray(String[]::new), types.toArray(TokenType[]::new), null);
        int eot = v.id("<|endoftext|>");
        bpe = new ByteLevelBpeTokenizer(v, MERGES, PreTokenizerType.GPT2,
                new SpecialIds(eot, eot, -1, -1, false, true));
    }

    private void add(String token, TokenType type) {
        tokens.add(token);
        types.add(type);
    }

    private int id(String token) {
        return bpe.tokenId(token);
    }

    @Override
    LmTokenizer tokenizer() {
        return bpe;
    }

    @Test
    void mergesApplyInRankOrderNotLengthOrder() {
        // "e l" (rank 0) beats "l l" (rank 1): h e l l o → h el l o → hel l o
        assertArrayEquals(new int[] {id("hel"), id("l"), id("o")}, bpe.tokenize("hello"));
    }

    @Test
    void equalRanksMergeLeftmostFirst() {
        assertArrayEquals(new int[] {id("aa"), id("a")}, bpe.tokenize("aaa"));
        assertArrayEquals(new int[] {id("aa"), id("aa")}, bpe.tokenize("aaaa"));
    }

    @Test
    void spacesAreSpelledAsĠAndChunksMergeSeparately() {
        assertArrayEquals(new int[] {id("hel"), id("l"), id("o"), id("Ġw"), id("o")}, bpe.tokenize("hello wo"));
    }

    @Test
    void controlTokensAreTextUnlessParsedUserDefinedAlwaysMatch() {
        int[] plain = bpe.encode("a<|endoftext|>", false);
        assertEquals(1 + "<|endoftext|>".length(), plain.length);
        assertArrayEquals(new int[] {id("a"), id("<|endoftext|>")}, bpe.encode("a<|endoftext|>", true));
        assertArrayEquals(new int[] {id("<tag>"), id("aa")}, bpe.encode("<tag>aa", false));
    }

    @Test
    void aChatMlPromptKeepsItsControlTokens() {
        String prompt = ChatFormat.CHATML.render(List.of(ChatMessage.user("hello")), true);
        int[] ids = bpe.encode(prompt, true);
        int start = id("<|im_start|>");
        int end = id("<|im_end|>");
        assertEquals(3, Arrays.stream(ids).filter(i -> i == start || i == end).count());
        assertEquals(start, ids[0]);
        assertEquals(prompt, bpe.decode(ids));
        assertEquals(0, Arrays.stream(bpe.encode(prompt, false)).filter(i -> i == start).count());
    }

    @Test
    void decodeGivesTheTextBackForAnyUtf8() {
        for (String s : List.of("hello world", "👨‍👩‍👧 中文 عربي", "  \n\t ", "", "<tag>x")) {
            assertEquals(s, bpe.decode(bpe.tokenize(s)), s);
        }
        int eot = id("<|endoftext|>");
        assertEquals("hi<|endoftext|>", bpe.decode(new int[] {id("h"), id("i"), eot}));
        assertEquals("hi", bpe.decode(new int[] {id("h"), id("i"), eot}, true));
    }

    @Test
    void encodingAddsEosAndTruncatesBeforeIt() {
        int eot = id("<|endoftext|>");
        Encoding e = bpe.encode("hello");
        assertArrayEquals(new int[] {id("hel"), id("l"), id("o"), eot}, e.ids());
        assertArrayEquals(new int[] {id("hel"), id("l"), eot}, bpe.encode("hello", 3).ids());
        Encoding pair = bpe.encodePair("aa", "aaaa", 5);
        assertEquals(5, pair.length());
        assertEquals("[0, 0, 1, 1, 1]", Arrays.toString(pair.typeIds()));
        assertEquals(-1, bpe.clsId());
    }
}
