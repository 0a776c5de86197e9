package dev.starling.analysis.ngrams;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hashed features: well-formed vectors, and the normalisations that make texts equal. */
class NgramFeaturesTest {
    private final NgramFeatures messages = new NgramFeatures(NgramFeatures.Config.MESSAGES);
    private final NgramFeatures chinese = new NgramFeatures(NgramFeatures.Config.CHINESE);

    @Test
    void vectorsAreSortedUnitLengthAndDeterministic() {
        for (NgramFeatures f : new NgramFeatures[] {messages, chinese}) {
            for (String t : new String[] {"Call 09061743810 NOW to claim £1000!!", "今天太开心了，谢谢大家！", "a", "👍🏽"}) {
                SparseVector v = f.vector(t);
                assertTrue(v.size() > 0, t);
                double norm = 0;
                for (int k = 0; k < v.size(); k++) {
                    assertTrue(k == 0 || v.indices()[k] > v.indices()[k - 1], "indices ascending and distinct");
                    assertTrue(v.indices()[k] >= 0 && v.indices()[k] < f.config().dimension());
                    norm += v.values()[k] * v.values()[k];
                }
                assertEquals(1.0, norm, 1e-5, t);
                assertArrayEquals(v.values(), f.vector(t).values(), 0f);
            }
        }
    }

    @Test
    void emptyAndBlankTextsGiveEmptyVectorsOnlyWithoutCues() {
        assertEquals(0, chinese.vector("").size());
        assertEquals(0, chinese.vector(" \u200b\ufeff ").size());
        assertTrue(messages.vector("").size() > 0, "the length and capitals cues are features too");
    }

    @Test
    void invisibleCharactersWidthAndSpacingDoNotChangeTheVector() {
        assertVectorsEqual(messages.vector("check out my channel"), messages.vector("check  out\tmy channel\ufeff"));
        assertVectorsEqual(messages.vector("FREE entry"), messages.vector("ＦＲＥＥ entry"));
        assertVectorsEqual(chinese.vector("谢谢大家！"), chinese.vector("谢谢\u200b大家!"));
    }

    @Test
    void shapedSpansShareTheirWordFeatures() {
        NgramFeatures wordsOnly = new NgramFeatures(new NgramFeatures.Config(18, 1, 1, true, true));
        // different phone numbers differ only in their digits' character grams, not in word features
        SparseVector a = wordsOnly.vector("call 09061743810");
        SparseVector b = wordsOnly.vector("call 08707509020");
        int shared = 0;
        for (int i : a.indices()) {
            for (int j : b.indices()) {
                shared += i == j ? 1 : 0;
            }
        }
        // call, <phone>, the bigram, the phone cue, c/a/l/space/0/9 unigrams, length and capitals cues
        assertTrue(shared >= 10, shared + " shared slots");
        SparseVector c = wordsOnly.vector("call 0906");
        int sharedWithNumber = 0;
        for (int i : a.indices()) {
            for (int j : c.indices()) {
                sharedWithNumber += i == j ? 1 : 0;
            }
        }
        assertTrue(sharedWithNumber < shared, "a short number is not a phone number");
        assertEquals("a b", NgramFeatures.normalise(" a\u0007b "));
    }

    private static void assertVectorsEqual(SparseVector a, SparseVector b) {
        assertArrayEquals(a.indices(), b.indices());
        assertArrayEquals(a.values(), b.values(), 1e-6f);
    }
}
