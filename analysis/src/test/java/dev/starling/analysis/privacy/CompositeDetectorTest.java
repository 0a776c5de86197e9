package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class CompositeDetectorTest {
    private final CompositeDetector standard = CompositeDetector.standard();

    @Test
    void serviceLoaderFindsOneDetectorPerTextType() {
        Set<String> names = standard.detectors().stream().map(d -> d.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(Set.of("CardDetector", "IbanDetector", "EmailDetector", "UrlSecretDetector", "IpDetector",
                "PhoneDetector", "HandleDetector"), names);
        String all = "4111 1111 1111 1111 DE89370400440532013000 a@b.io https://x.io/?token=t 10.1.2.3 "
                + "+44 20 7946 0958 @alice";
        Set<PiiType> types = EnumSet.noneOf(PiiType.class);
        standard.find(all).forEach(m -> types.add(m.type()));
        assertEquals(EnumSet.complementOf(EnumSet.of(PiiType.AUTHOR_ID)), types);
    }

    @Test
    void ibanBeatsThePhoneNumberHiddenInsideIt() {
        String text = "IBAN DE89 3704 0044 0532 0130 00 bitte";
        assertFalse(new PhoneDetector().find(text).isEmpty(), "precondition: a phone-shaped run inside the IBAN");
        assertEquals(List.of("IBAN:DE89 3704 0044 0532 0130 00"), Cases.typed(standard, text));
    }

    @Test
    void emailInASecretParameterIsOneMatchTypedByPrecedence() {
        String text = "https://example.com/x?token=bob@example.com&a=1";
        assertEquals(List.of("EMAIL:bob@example.com"), Cases.typed(standard, text));
    }

    @Test
    void fediverseHandleIsOneHandleNotAnEmail() {
        assertEquals(List.of("HANDLE:@user@mastodon.social", "EMAIL:user@example.org"),
                Cases.typed(standard, "@user@mastodon.social wrote to user@example.org"));
    }

    @Test
    void overlappingMatchesMergeIntoTheUnionTypedByTheWinner() {
        List<PiiMatch> merged = CompositeDetector.resolve(List.of(
                new PiiMatch(PiiType.PHONE, 0, 12), new PiiMatch(PiiType.CARD, 4, 20),
                new PiiMatch(PiiType.HANDLE, 18, 25), new PiiMatch(PiiType.EMAIL, 30, 40)));
        assertEquals(List.of(new PiiMatch(PiiType.CARD, 0, 25), new PiiMatch(PiiType.EMAIL, 30, 40)), merged);
        assertEquals(List.of(new PiiMatch(PiiType.PHONE, 0, 20)), CompositeDetector.resolve(List.of(
                new PiiMatch(PiiType.PHONE, 5, 20), new PiiMatch(PiiType.PHONE, 0, 10))));
    }

    @Test
    void anEmptyDetectorListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompositeDetector.of(List.of()));
    }

    /** Inputs that make naive regular expressions backtrack for hours must take well under a second each. */
    @Test
    void hostileInputStaysFast() {
        String[] hostile = {"a.".repeat(50_000), "1 ".repeat(50_000), "1-".repeat(50_000), "+1 ".repeat(30_000),
                "a@".repeat(50_000), "@a.".repeat(30_000), "1.".repeat(50_000), "1:".repeat(50_000),
                "x".repeat(100_000) + "@", "https://a.b/?" + "token=a&".repeat(20_000), "0 1".repeat(30_000),
                "(1)".repeat(30_000), "ab12 ".repeat(20_000), "4".repeat(100_000), "a-".repeat(50_000) + "@b.cd",
                "é".repeat(100_000) + "@x", "::".repeat(50_000), "1.1.1.1.".repeat(12_000)};
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String h : hostile) {
                standard.find(h);
            }
        });
    }
}
