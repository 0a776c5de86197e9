package dev.starling.analysis.explain;

import dev.starling.analysis.ngrams.NgramFeatures;
import dev.starling.analysis.spam.SpamFilter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamExplainerTest {
    private final SpamExplainer explainer = new SpamExplainer(SpamFilter.shipped());

    @Test
    void attributionsAreExactAndMatchTheModel() {
        String text = "WIN a FREE iPhone now!! click http://bit.ly/x";
        Explanation e = explainer.explain(text, "spam");
        double p = SpamFilter.shipped().spamProbability(text);
        assertEquals(Math.log(p / (1 - p)), e.score(), 1e-6, "F is the model's own logit");
        assertEquals(0, e.completenessGap(), 1e-9, "weight × feature sums to logit − bias");
        Explanation ham = explainer.explain(text, "ham");
        assertEquals(-e.total(), ham.total(), 1e-12, "logit(ham) = −logit(spam)");
    }

    @Test
    void theLinkAndThePitchCarrySpam() {
        Explanation e = explainer.explain("Hey how are you, want free followers? click http://bit.ly/abc", null);
        assertEquals("spam", e.label());
        String top = e.top(1).getFirst().token();
        assertTrue(top.equals("http://link") || top.equals("followers?") || top.equals("free"), e.tokens().toString());
    }

    @Test
    void tracingGivesTheSameVectorAndSpansInsideTheText() {
        NgramFeatures f = new NgramFeatures(NgramFeatures.Config.MESSAGES);
        for (String t : new String[] {"Call 555-123-4567 NOW!! win £100", "今天的天气真好", "", "a"}) {
            NgramFeatures.Traced tr = f.trace(t);
            assertArrayEquals(f.vector(t).indices(), tr.vector().indices());
            assertArrayEquals(f.vector(t).values(), tr.vector().values());
            for (int i = 0; i < tr.slots().length; i++) {
                assertTrue(tr.cues()[i] != null || (tr.from()[i] >= 0 && tr.from()[i] <= tr.to()[i] && tr.to()[i] <= tr.normal().length()),
                        t + ": occurrence " + i + " [" + tr.from()[i] + ", " + tr.to()[i] + ")");
            }
            assertEquals(Arrays.stream(tr.slots()).count(), tr.signs().length);
        }
    }
}
