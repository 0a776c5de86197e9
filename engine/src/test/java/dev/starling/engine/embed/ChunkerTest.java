package dev.starling.engine.embed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Windows over long texts: sizes, overlaps, the end-aligned last window, truncation and caps. */
class ChunkerTest {
    static int[] range(int n) {
        return IntStream.range(0, n).toArray();
    }

    @Test
    void shortTextsAreOneWindow() {
        Chunker c = new Chunker(10, 3, LongTextPolicy.CHUNK);
        assertEquals(1, c.split(range(10)).size());
        assertEquals(1, c.split(new int[0]).size());
        assertEquals(1, c.windowsNeeded(10));
    }

    @Test
    void longTextsOverlapAndTheLastWindowEndsAtTheEnd() {
        Chunker c = new Chunker(10, 3, LongTextPolicy.CHUNK);
        List<int[]> w = c.split(range(25));
        // 3 windows with overlap >= 3 cannot cover 25 pieces (3·10 − 2·3 = 24), so 4, spaced evenly
        assertEquals(4, w.size());
        assertEquals(4, c.windowsNeeded(25));
        assertArrayEquals(IntStream.range(0, 10).toArray(), w.get(0));
        assertArrayEquals(IntStream.range(5, 15).toArray(), w.get(1));
        assertArrayEquals(IntStream.range(10, 20).toArray(), w.get(2));
        assertArrayEquals(IntStream.range(15, 25).toArray(), w.get(3));  // ends at the text's end
        for (int n = 11; n < 200; n++) {
            List<int[]> ws = c.split(range(n));
            assertEquals(c.windowsNeeded(n), ws.size(), "n=" + n);
            boolean[] covered = new boolean[n];
            for (int i = 0; i < ws.size(); i++) {
                int[] win = ws.get(i);
                assertEquals(10, win.length);
                if (i > 0) {
                    assertTrue(ws.get(i - 1)[9] - win[0] + 1 >= 3, "overlap below 3 at n=" + n);
                }
                for (int x : win) {
                    covered[x] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(true, covered[i], "piece " + i + " of " + n + " not covered");
            }
        }
    }

    @Test
    void truncateKeepsTheFirstWindow() {
        Chunker c = new Chunker(10, 3, LongTextPolicy.TRUNCATE);
        List<int[]> w = c.split(range(25));
        assertEquals(1, w.size());
        assertArrayEquals(range(10), w.get(0));
    }

    @Test
    void capSpreadsWindowsFromFirstToLast() {
        Chunker c = new Chunker(10, 0, LongTextPolicy.CHUNK);
        List<int[]> all = c.split(range(1000));
        List<int[]> capped = c.split(range(1000), 5);
        assertEquals(100, all.size());
        assertEquals(5, capped.size());
        assertArrayEquals(all.get(0), capped.get(0));
        assertArrayEquals(all.get(99), capped.get(4));
        assertEquals(1, c.split(range(1000), 1).size());
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Chunker(0, 0, LongTextPolicy.CHUNK));
        assertThrows(IllegalArgumentException.class, () -> new Chunker(10, 10, LongTextPolicy.CHUNK));
    }
}
