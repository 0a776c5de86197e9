package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneDetectorTest {
    private final PhoneDetector detector = new PhoneDetector();

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("London office: +44 20 7946 0958, ask for Sam", "+44 20 7946 0958"),
                Cases.finds("SF hotline +1 (415) 555-0132.", "+1 (415) 555-0132"),
                Cases.finds("Ruf an: 0049 30 1234567 (Berlin)", "0049 30 1234567"),
                Cases.finds("请拨打+86 138 0013 8000联系客服", "+86 138 0013 8000"),
                Cases.finds("call (555) 123-4567 or 555-123-4567 today", "(555) 123-4567", "555-123-4567"),
                Cases.finds("Appelle-moi au +33 6 12 34 56 78 !", "+33 6 12 34 56 78"),
                Cases.finds("UK landline 020 7946 0958", "020 7946 0958"),
                Cases.finds("Tel.+49 30 1234567", "+49 30 1234567"),
                Cases.finds("電話は+81 3-1234-5678まで", "+81 3-1234-5678"),
                Cases.finds("Звоните: +7 (495) 123-45-67", "+7 (495) 123-45-67"),
                Cases.finds("WhatsApp: +55 11 91234-5678 😊", "+55 11 91234-5678"),
                Cases.finds("تواصل معنا +971 50 123 4567", "+971 50 123 4567"),
                Cases.finds("toll free 1-800-555-0199", "1-800-555-0199"),
                Cases.finds("no spaces: +447946095800", "+447946095800"),
                Cases.finds("Praxis (030) 1234567, Mo-Fr", "(030) 1234567"),
                Cases.finds("dots 555.123.4567 too", "555.123.4567"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("launch day 2024-11-28 🚀"),
                Cases.none("am 28.11.2024 und 08.11.2024 um 10:30:45"),
                Cases.none("dates 12/11/2024 and 01-02-2024"),
                Cases.none("from 2019 to 2024, 2025 next"),
                Cases.none("Windows 10.0.19045.3803 and v1.2.3"),
                Cases.none("now only $1,299.99 (was $1,499.00)"),
                Cases.none("https://x.com/someone/status/1861234567890123456"),
                Cases.none("card 4111 1111 1111 1111 is left to the card detector"),
                Cases.none("order 12345678901 shipped"),
                Cases.none("tweet id 1861234567890123456"),
                Cases.none("short 555-1234 is not enough digits"),
                Cases.none("ISBN 978-3-16-148410-0"),
                Cases.none("server 192.168.100.200 is down"),
                Cases.none("score 3-1, 0.5 + 0.25 = 0.75"),
                Cases.none("hex a555-123-4567b glued to letters"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsNumbers(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresDatesPricesVersionsIds(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }
}
