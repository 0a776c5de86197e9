package dev.starling.engine.generate;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DecodeSpeed}: the steps asked for are all run, one token each, continuing the cache; rates are positive. */
class DecodeSpeedTest {
    /** A model that counts its calls and always predicts token 3 (its end token, were there one). */
    static final class Counting implements CausalLm {
        final AtomicInteger oneTokenCalls = new AtomicInteger();
        final AtomicInteger promptCalls = new AtomicInteger();

        @Override
        public int vocabSize() {
            return 5;
        }

        @Override
        public int contextLength() {
            return 80;
        }

        @Override
        public KvCache newCache(int capacity) {
            return new KvCache(1, capacity, 2);
        }

        @Override
        public float[] forward(int[] tokens, int pos, KvCache cache) {
            assertEquals(cache.length(), pos, "each step continues the cache");
            (tokens.length == 1 && pos > 0 ? oneTokenCalls : promptCalls).incrementAndGet();
            cache.setLength(pos + tokens.length);
            return new float[] {0, 0, 0, 1, 0};
        }

        @Override
        public float[] forwardAll(int[] tokens, int pos, KvCache cache) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long weightBytes() {
            return 0;
        }
    }

    @Test
    void everyStepIsRunAfterThePromptAndTheRatesArePositive() {
        Counting lm = new Counting();
        double[] r = DecodeSpeed.run(lm, 16, 48);
        assertEquals(1, lm.promptCalls.get(), "one batched prompt");
        assertEquals(48, lm.oneTokenCalls.get(), "48 one-token steps, not stopped by the predicted token");
        assertTrue(r[0] > 0 && r[1] > 0);
        assertThrows(IllegalArgumentException.class, () -> DecodeSpeed.run(lm, 40, 41), "must fit the context");
    }

    @Test
    void theMedianComesAfterAWarmUpOfAtLeastOneRun() {
        Counting lm = new Counting();
        double tps = DecodeSpeed.decodeTokensPerSecond(lm, 0, 3);
        assertEquals(4 * 48, lm.oneTokenCalls.get(), "one warm-up run and three measured (16-token prompt, 48 steps in 80)");
        assertTrue(tps > 0);
    }
}
