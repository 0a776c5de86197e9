package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starling.analysis.privacy.PrivacyPolicy.Mode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mode on every type found in text, with the exact masked forms. */
class PrivacyModesTest {
    /** One sample value per type, a second distinct one, the text around them, and the expected mask. */
    private record Sample(PiiType type, String value, String other, String masked) {
        String text(String v) {
            return type == PiiType.URL_SECRET ? "see https://example.com/dl?token=" + v + "&lang=en ok"
                    : "before " + v + " after";
        }
    }

    /** A Luhn-valid Visa number built for this test, printed in groups of four. */
    private static final String CARD = Valid.spaced(Valid.luhn("411111111111123"));

    private static final Map<PiiType, Sample> SAMPLES = Map.of(
            PiiType.EMAIL, new Sample(PiiType.EMAIL, "john@example.com", "jane@example.com", "j***@e******.com"),
            PiiType.PHONE, new Sample(PiiType.PHONE, "+44 20 7946 0958", "+44 20 7946 0959", "+44 ** **** 0958"),
            PiiType.CARD, new Sample(PiiType.CARD, CARD, "5500 0055 5555 5559", "**** **** **** " + CARD.substring(15)),
            PiiType.IBAN, new Sample(PiiType.IBAN, "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
                    "DE** **** **** **** **30 00"),
            PiiType.IP, new Sample(PiiType.IP, "192.168.1.23", "10.0.0.7", "192.***.*.**"),
            PiiType.URL_SECRET, new Sample(PiiType.URL_SECRET, "s3cr3tValue", "0therValue", "***********"),
            PiiType.HANDLE, new Sample(PiiType.HANDLE, "@Some_User99", "@other_user", "@S**********"));

    private static PrivacyFilter filter(PiiType type, Mode mode) {
        return new PrivacyFilter(PrivacyPolicy.defaults().with(type, mode),
                new Pseudonymizer(PseudonymKey.of(PseudonymizerTest.KEY_1)), CompositeDetector.standard());
    }

    static Stream<Arguments> typesAndModes() {
        return SAMPLES.keySet().stream().sorted().flatMap(t -> Stream.of(Mode.values()).map(m -> Arguments.of(t, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typesAndModes")
    void eachModeOnEachType(PiiType type, Mode mode) {
        Sample s = SAMPLES.get(type);
        PrivacyFilter f = filter(type, mode);
        Redaction r = f.apply(s.text(s.value()));
        assertEquals(Map.of(type, 1), r.counts(), "found once, whatever the mode");
        switch (mode) {
            case KEEP -> assertEquals(s.text(s.value()), r.text());
            case REDACT -> assertEquals(s.text(type.placeholder()), r.text());
            case MASK -> assertEquals(s.text(s.masked()), r.text());
            case HASH -> {
                String pattern = type == PiiType.HANDLE ? "@user_[0-9a-f]{12}" : "<" + type.label() + ":[0-9a-f]{12}>";
                String token = between(r.text(), s);
                assertTrue(token.matches(pattern), token);
                assertEquals(r.text(), f.apply(s.text(s.value())).text(), "same value, same token");
                assertNotEquals(token, between(f.apply(s.text(s.other())).text(), s), "different value, different token");
            }
        }
        if (mode != Mode.KEEP) {
            assertFalse(r.text().contains(s.value()), "value gone: " + r.text());
        }
    }

    /** The replacement inside a sample text (everything between the fixed prefix and suffix). */
    private static String between(String text, Sample s) {
        String template = s.text("\u0000");
        int cut = template.indexOf('\u0000');
        return text.substring(cut, text.length() - (template.length() - cut - 1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void accountFieldsFollowTheirModes(Mode mode) {
        PrivacyFilter f = new PrivacyFilter(PrivacyPolicy.all(mode), new Pseudonymizer(PseudonymKey.of(PseudonymizerTest.KEY_1)),
                CompositeDetector.standard());
        var author = new dev.starling.analysis.posts.Author("1234567890", "Some_User99", "Sam", 10L);
        var post = dev.starling.analysis.posts.Post.of("p1", dev.starling.analysis.posts.Platform.X, "hi").withAuthor(author);
        var a = f.protect(post).author();
        switch (mode) {
            case KEEP -> assertEquals(author, a);
            case REDACT -> {
                assertEquals("[AUTHOR]", a.id());
                assertEquals("user", a.handle());
            }
            case MASK -> {
                assertEquals("********90", a.id());
                assertEquals("S**********", a.handle());
            }
            case HASH -> {
                assertTrue(a.id().matches("user_[0-9a-f]{12}"), a.id());
                assertTrue(a.handle().matches("user_[0-9a-f]{12}"), a.handle());
                assertNotEquals(a.id(), a.handle());
            }
        }
        assertEquals(10L, a.followers());
    }

    @Test
    void defaultsPseudonymiseAccountsAndRedactTheRest() {
        PrivacyPolicy d = PrivacyPolicy.defaults();
        assertEquals(Mode.HASH, d.mode(PiiType.HANDLE));
        assertEquals(Mode.HASH, d.mode(PiiType.AUTHOR_ID));
        for (PiiType t : new PiiType[]{PiiType.EMAIL, PiiType.PHONE, PiiType.CARD, PiiType.IBAN, PiiType.IP, PiiType.URL_SECRET}) {
            assertEquals(Mode.REDACT, d.mode(t), t.name());
        }
    }

    @Test
    void policyParsesOverridesAndRejectsNonsenseClearly() {
        PrivacyPolicy p = PrivacyPolicy.parse("email=mask, PHONE=keep ,handle=redact");
        assertEquals(Mode.MASK, p.mode(PiiType.EMAIL));
        assertEquals(Mode.KEEP, p.mode(PiiType.PHONE));
        assertEquals(Mode.REDACT, p.mode(PiiType.HANDLE));
        assertEquals(Mode.REDACT, p.mode(PiiType.CARD), "untouched types keep their default");
        assertEquals(PrivacyPolicy.defaults(), PrivacyPolicy.parse(" "));
        var e1 = assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.parse("emial=mask"));
        assertTrue(e1.getMessage().contains("emial"), e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.parse("email=shred"));
        assertTrue(e2.getMessage().contains("shred"), e2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrivacyPolicy.parse("email"));
    }
}
