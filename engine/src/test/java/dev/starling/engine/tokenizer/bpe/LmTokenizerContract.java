package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.Encoding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link LmTokenizer} promises, run on each implementation by subclassing: valid UTF-8
 * round-trips through encode/decode, ids stay in range, any string (lone surrogates included) encodes
 * without failing, the {@link Encoding} views agree with {@link LmTokenizer#tokenize}, and concurrent
 * use gives the same ids.
 */
abstract class LmTokenizerContract {

    abstract LmTokenizer tokenizer();

    static final List<String> TEXTS = List.of("", " ", "hello world", "  two  spaces  ", "emoji 👨‍👩‍👧 🏳️‍🌈 👍🏽",
            "中文 日本語 한국어", "مرحبا שלום", "tabs\tand\nnew\r\nlines", "x = f(a, b) + 42;", "'s 'll I'M");

    @Test
    void encodeThenDecodeGivesValidUtf8Back() {
        LmTokenizer t = tokenizer();
        for (String s : TEXTS) {
            assertEquals(s, t.decode(t.tokenize(s)), s);
        }
    }

    @Test
    void anyStringEncodesToIdsInRange() {
        LmTokenizer t = tokenizer();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = rnd.nextInt(12); j > 0; j--) {
                sb.append((char) (rnd.nextBoolean() ? rnd.nextInt(0x80) : rnd.nextInt(0x10000))); // lone surrogates too
            }
            for (int id : t.tokenize(sb.toString())) {
                assertTrue(id >= 0 && id < t.vocabSize(), "id " + id);
            }
        }
    }

    @Test
    void encodingWrapsThePieces() {
        LmTokenizer t = tokenizer();
        int[] pieces = t.tokenize("hello world");
        Encoding e = t.encode("hello world");
        int start = t.bosId() >= 0 && e.ids()[0] == t.bosId() && (pieces.length == 0 || pieces[0] != t.bosId()) ? 1 : 0;
        assertArrayEquals(pieces, Arrays.copyOfRange(e.ids(), start, start + pieces.length));
        assertEquals(e.ids().length, e.attentionMask().length);
    }

    @Test
    void concurrentUseGivesTheSameIds() throws Exception {
        LmTokenizer t = tokenizer();
        List<int[]> expected = TEXTS.stream().map(t::tokenize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<int[]>>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                runs.add(pool.submit(() -> TEXTS.stream().map(t::tokenize).toList()));
            }
            for (Future<List<int[]>> f : runs) {
                List<int[]> got = f.get();
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertArrayEquals(expected.get(i), got.get(i), TEXTS.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
