package dev.starling.engine.generate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's control flow with a scripted model: it always predicts the next character of a
 * fixed text (ids = chars 'a'..'z', ' ', '.', '#'=end), so stops and limits are exact.
 */
class TextGenerationTest {
    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz .#";
    static final int END = ALPHABET.indexOf('#');

    /** Predicts script[pos+1] after the token at position pos. */
    static final class Scripted implements CausalLm {
        final String script;
        int calls;

        Scripted(String script) {
            this.script = script;
        }

        public int vocabSize() {
            return ALPHABET.length();
        }

        public int contextLength() {
            return 40;
        }

        public KvCache newCache(int capacity) {
            return new KvCache(1, capacity, 1);
        }

        public float[] forward(int[] tokens, int pos, KvCache cache) {
            calls++;
            cache.setLength(pos + tokens.length);
            int next = pos + tokens.length;
            float[] z = new float[vocabSize()];
            z[next < script.length() ? ALPHABET.indexOf(script.charAt(next)) : END] = 10;
            return z;
        }

        public float[] forwardAll(int[] tokens, int pos, KvCache cache) {
            throw new UnsupportedOperationException();
        }

        public long weightBytes() {
            return 0;
        }
    }

    static final TextCodec CODEC = new TextCodec() {
        public int[] encode(String text) {
            return text.chars().map(ALPHABET::indexOf).toArray();
        }

        public String decode(int[] ids) {
            StringBuilder b = new StringBuilder();
            for (int id : ids) {
                if (id != END) {
                    b.append(ALPHABET.charAt(id));
                }
            }
            return b.toString();
        }

        public boolean isEndOfText(int id) {
            return id == END;
        }
    };

    @Test
    void streamsUntilTheEndToken() {
        Scripted lm = new Scripted("i love it. the camera.#");
        List<String> pieces = new ArrayList<>();
        Generation g = TextGeneration.pipeline(lm, CODEC).generate("i love", SamplingConfig.greedy(), pieces::add);
        assertEquals(" it. the camera.", g.text());
        assertEquals(g.text(), String.join("", pieces));
        assertEquals(pieces.size(), 16, "one piece per character: streamed as they come");
        assertEquals(FinishReason.STOP, g.finish());
        assertEquals(6, g.promptTokens());
        assertEquals(END, g.tokenIds()[g.tokenIds().length - 1]);
        assertEquals(1 + 16, lm.calls, "one batched prompt call, then one call per token (none after the end token)");
    }

    @Test
    void stopsAtTheMaximumTokens() {
        Generation g = TextGeneration.pipeline(new Scripted("i love it. the camera.#"), CODEC)
                .generate("i love", SamplingConfig.greedy().toBuilder().maxTokens(3).build());
        assertEquals(" it", g.text());
        assertEquals(3, g.tokenIds().length);
        assertEquals(FinishReason.MAX_TOKENS, g.finish());
    }

    @Test
    void cutsBeforeAStopSequenceAndNeverStreamsItsStart() {
        List<String> pieces = new ArrayList<>();
        Generation g = TextGeneration.pipeline(new Scripted("i love it. the camera.#"), CODEC)
                .generate("i love", SamplingConfig.greedy().toBuilder().stop("the cam", "zzz").build(), pieces::add);
        assertEquals(" it. ", g.text());
        assertEquals(" it. ", String.join("", pieces));
        assertEquals(FinishReason.STOP, g.finish());
    }

    @Test
    void aStopSequenceThatNeverCompletesIsFlushedAtTheEnd() {
        List<String> pieces = new ArrayList<>();
        Generation g = TextGeneration.pipeline(new Scripted("i love it. the camera.#"), CODEC)
                .generate("i love", SamplingConfig.greedy().toBuilder().stop("a.x").build(), pieces::add);
        assertEquals(" it. the camera.", String.join("", pieces));
        assertEquals(g.text(), String.join("", pieces));
    }

    @Test
    void stopsWhenTheContextIsFull() {
        String script = "ab".repeat(30);
        Generation g = TextGeneration.pipeline(new Scripted(script), CODEC)
                .generate("ab", SamplingConfig.greedy().toBuilder().maxTokens(100).build());
        assertEquals(FinishReason.CONTEXT_FULL, g.finish());
        assertEquals(40 - 2 + 1, g.tokenIds().length, "the last token is predicted, not fed");
    }

    @Test
    void rejectsPromptsThatDoNotFit() {
        TextGenerator gen = TextGeneration.pipeline(new Scripted("x"), CODEC);
        assertThrows(IllegalArgumentException.class, () -> gen.generate(""));
        assertThrows(IllegalArgumentException.class, () -> gen.generate("a".repeat(40)));
        assertTrue(gen.countTokens("abc") == 3);
        assertArrayEquals(new int[] {0, 1}, CODEC.encode("ab"));
    }
}
