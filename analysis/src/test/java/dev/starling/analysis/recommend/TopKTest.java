package dev.starling.analysis.recommend;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TopKTest {
    @Test
    void equalsAFullSortWithTiesToTheLowerIndexAndExclusions() {
        SplittableRandom rnd = new SplittableRandom(1);
        float[] s = new float[500];
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextInt(50); // many ties
        }
        boolean[] ex = new boolean[s.length];
        ex[7] = true;
        ex[100] = true;
        int[] expected = IntStream.range(0, s.length).filter(i -> !ex[i]).boxed()
                .sorted((a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).limit(20).toArray();
        assertArrayEquals(expected, TopK.of(s, 20, ex));
    }
}
