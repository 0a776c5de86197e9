package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reddit-style user references ({@code u/name}, {@code /u/name}) are handles, pseudonymised like {@code @name}. */
class RedditUserReferenceTest {
    private final HandleDetector detector = new HandleDetector();
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(PseudonymizerTest.KEY_1));
    private final PrivacyFilter filter = new PrivacyFilter(PrivacyPolicy.defaults(), pseudonymizer,
            CompositeDetector.standard());

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("thanks u/throwaway_jordan27 for this", "u/throwaway_jordan27"),
                Cases.finds("/u/Some-Name said so", "/u/Some-Name"),
                Cases.finds("first line\nu/line_start here", "u/line_start"),
                Cases.finds("(u/paren_user), \"u/quoted\" and u/end.", "u/paren_user", "u/quoted", "u/end"),
                Cases.finds("as /u/abc wrote; cc @def", "@def", "/u/abc"),
                Cases.finds("ping u/xyz!", "u/xyz"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("a/b testing and u/s ratio, u/v and u/ab"),
                Cases.none("insulin 100 u/ml, dose 5 u/day, 20u/kg"),
                Cases.none("see https://reddit.com/u/some_name and reddit.com/u/other_name/"),
                Cases.none("path src/u/module and menu/user_list"),
                Cases.none("r/privacy is a subreddit"),
                Cases.none("u/this_name_is_far_too_long_for_reddit"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsRedditReferences(String text, List<String> expected) {
        assertEquals(expected.stream().sorted((a, b) -> text.indexOf(a) - text.indexOf(b)).toList(),
                Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresRatiosUnitsUrlsAndPaths(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @Test
    void pseudonymIsTheSameAsForTheAtHandleAndKeepsTheRedditForm() {
        String p = pseudonymizer.pseudonym("@Throwaway_Jordan27");
        Redaction r = filter.apply("thanks u/throwaway_jordan27 and /u/THROWAWAY_JORDAN27");
        assertEquals("thanks u/" + p + " and /u/" + p, r.text());
        assertEquals(2, r.count(PiiType.HANDLE));
        assertEquals(p, pseudonymizer.pseudonym("u/throwaway_jordan27"));
    }

    @Test
    void redditUrlStaysAUrlAndItsSecretIsStillRemoved() {
        String url = "https://www.reddit.com/u/some_name/?token=CanaryTok99&sort=new";
        Redaction r = filter.apply("see " + url);
        assertTrue(r.text().startsWith("see https://www.reddit.com/u/some_name/?token="), r.text());
        assertFalse(r.text().contains("CanaryTok99"), r.text());
        assertEquals(0, r.count(PiiType.HANDLE));
    }

    @Test
    void maskAndRedactModesTreatTheNameOnly() {
        PrivacyFilter mask = new PrivacyFilter(PrivacyPolicy.all(PrivacyPolicy.Mode.MASK), pseudonymizer,
                CompositeDetector.standard());
        assertEquals("hi u/j***** and /u/B**", mask.apply("hi u/jordan and /u/Bob").text());
        PrivacyFilter redact = new PrivacyFilter(PrivacyPolicy.all(PrivacyPolicy.Mode.REDACT), pseudonymizer,
                CompositeDetector.standard());
        assertEquals("hi @user", redact.apply("hi u/jordan").text());
    }
}
