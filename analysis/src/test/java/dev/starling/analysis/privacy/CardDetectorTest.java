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

class CardDetectorTest {
    private final CardDetector detector = new CardDetector();

    /** Published scheme test numbers, all Luhn-valid. */
    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("Visa: 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
                Cases.finds("pay with 4111-1111-1111-1111 pls", "4111-1111-1111-1111"),
                Cases.finds("my card 4111111111111111 lol", "4111111111111111"),
                Cases.finds("Mastercard 5500 0055 5555 5559", "5500 0055 5555 5559"),
                Cases.finds("MC 2-series 2223 0031 2200 3222", "2223 0031 2200 3222"),
                Cases.finds("Amex 3782 822463 10005 and 371449635398431", "3782 822463 10005", "371449635398431"),
                Cases.finds("Discover 6011 1111 1111 1117", "6011 1111 1111 1117"),
                Cases.finds("JCB カード番号 3530 1113 3330 0000 です", "3530 1113 3330 0000"),
                Cases.finds("Diners 3056 930902 5904.", "3056 930902 5904"),
                Cases.finds("13-digit Visa 4222222222222", "4222222222222"),
                Cases.finds("卡号6200000000000005谢谢", "6200000000000005"),
                Cases.finds("Karte 4111 1111 1111 1111 2024 gültig", "4111 1111 1111 1111"),
                Cases.finds("in a query https://shop.example/pay?cc=4111111111111111&ok=1", "4111111111111111"),
                Cases.finds("no-break spaces 4111\u00A01111\u00A01111\u00A01111", "4111\u00A01111\u00A01111\u00A01111"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("Luhn-invalid 4111 1111 1111 1112"),
                Cases.none("placeholder 1234 5678 9012 3456"),
                Cases.none("tweet 1861234567890123456 went viral"),
                Cases.none("hash a4111111111111111b in the log"),
                Cases.none("call +44 20 7946 0958"),
                Cases.none("too short 4111 1111 1111"),
                Cases.none("too long 41111111111111111111"),
                Cases.none("price $4,111.11 and pi 3.4111111111111111"),
                Cases.none("mixed separators 4111 1111-1111-1111"),
                Cases.none("odd grouping 41 1111 1111 1111 11"),
                Cases.none("two-digit tail 3056 9309 0259 04"),
                Cases.none("IBAN DE89 3704 0044 0532 0130 00"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsValidCards(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresInvalidAndLookAlikes(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @Test
    void luhnValidVisaShapedStatusIdInAUrlPathIsNotACard() {
        String id = Valid.luhn("411111111111111111");
        assertTrue(Checksums.luhn(id) && CardDetector.issuerPlausible(id), "precondition: would pass as a card");
        assertEquals(List.of(id), Cases.found(detector, "id " + id), "precondition: found outside a URL");
        assertEquals(List.of(), Cases.found(detector, "https://x.com/a/status/" + id + " lol"));
    }

    @Test
    void luhnValidNumberWithoutAnIssuerIsNotACard() {
        String digits = "1111111111111117";
        assertTrue(Checksums.luhn(digits), "precondition: Luhn-valid");
        assertFalse(CardDetector.issuerPlausible(digits));
        assertEquals(List.of(), Cases.found(detector, "ref " + digits));
    }

    @Test
    void luhnInvalidSixteenDigitsWithAValidPrefixAreNotACard() {
        for (int last = 0; last <= 9; last++) {
            String number = "411111111111111" + last;
            boolean valid = Checksums.luhn(number);
            assertEquals(valid ? List.of(number) : List.of(), Cases.found(detector, "n " + number), number);
            assertEquals(last == 1, valid, number);
        }
    }
}
