package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
    static final byte[] KEY_1 = "starling-test-key-number-one-32b".getBytes();
    static final byte[] KEY_2 = "starling-test-key-number-two-32b".getBytes();

    private final Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(KEY_1));

    @Test
    void pseudonymIsShortPrefixedHex() {
        assertTrue(p.pseudonym("alice").matches("user_[0-9a-f]{12}"), p.pseudonym("alice"));
    }

    @Test
    void sameHandleAlwaysGivesTheSamePseudonymAcrossInstances() {
        Pseudonymizer other = new Pseudonymizer(PseudonymKey.of(KEY_1.clone()));
        assertEquals(p.pseudonym("Some_User99"), p.pseudonym("Some_User99"));
        assertEquals(p.pseudonym("Some_User99"), other.pseudonym("Some_User99"));
    }

    @Test
    void handlesAreCaseInsensitiveAndTheAtIsIgnored() {
        String expected = p.pseudonym("alice");
        for (String variant : new String[]{"@Alice", "ALICE", "@alice", " alice ", "aLiCe"}) {
            assertEquals(expected, p.pseudonym(variant), variant);
        }
    }

    @Test
    void differentKeyGivesDifferentPseudonyms() {
        Pseudonymizer q = new Pseudonymizer(PseudonymKey.of(KEY_2));
        for (String h : new String[]{"alice", "bob", "Some_User99", "1234567890"}) {
            assertNotEquals(p.pseudonym(h), q.pseudonym(h), h);
        }
    }

    @Test
    void differentHandlesGetDifferentPseudonyms() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 20_000; k++) {
            assertTrue(seen.add(p.pseudonym("user" + k)), "collision at " + k);
        }
    }

    @Test
    void tokensAreStableUnderNormalisationAndSeparatedByType() {
        assertEquals(p.token(PiiType.EMAIL, "John@Example.com"), p.token(PiiType.EMAIL, "john@example.com"));
        assertEquals(p.token(PiiType.PHONE, "+44 20 7946 0958"), p.token(PiiType.PHONE, "0044 (20) 7946-0958"));
        assertEquals(p.token(PiiType.CARD, "4111 1111 1111 1111"), p.token(PiiType.CARD, "4111-1111-1111-1111"));
        assertEquals(p.token(PiiType.IBAN, "DE89 3704 0044 0532 0130 00"), p.token(PiiType.IBAN, "de89370400440532013000"));
        assertNotEquals(p.token(PiiType.EMAIL, "a@b.io"), p.token(PiiType.EMAIL, "c@b.io"));
        assertNotEquals(p.token(PiiType.IP, "1.2.3.4"), p.token(PiiType.URL_SECRET, "1.2.3.4"), "type is part of the input");
        assertEquals(p.pseudonym("Alice"), p.token(PiiType.HANDLE, "@alice"));
        assertEquals(p.pseudonym("alice"), p.token(PiiType.AUTHOR_ID, "alice"), "an id that is a handle links up");
    }
}
