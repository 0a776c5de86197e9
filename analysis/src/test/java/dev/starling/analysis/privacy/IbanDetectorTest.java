package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IbanDetectorTest {
    private final IbanDetector detector = new IbanDetector();

    /** The registry's example IBANs. */
    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("Überweisung an DE89 3704 0044 0532 0130 00, danke!", "DE89 3704 0044 0532 0130 00"),
                Cases.finds("solid DE89370400440532013000.", "DE89370400440532013000"),
                Cases.finds("UK: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
                Cases.finds("Virement FR14 2004 1010 0505 0001 3M02 606 merci", "FR14 2004 1010 0505 0001 3M02 606"),
                Cases.finds("NL91ABNA0417164300 (ING)", "NL91ABNA0417164300"),
                Cases.finds("Bizum no, IBAN ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332"),
                Cases.finds("bonifico IT60 X054 2811 1010 0000 0123 456", "IT60 X054 2811 1010 0000 0123 456"),
                Cases.finds("BE68 5390 0754 7034 and CH93 0076 2011 6238 5295 7",
                        "BE68 5390 0754 7034", "CH93 0076 2011 6238 5295 7"),
                Cases.finds("Norge: NO93 8601 1117 947", "NO93 8601 1117 947"),
                Cases.finds("przelew PL61 1090 1014 0000 0712 1981 2874", "PL61 1090 1014 0000 0712 1981 2874"),
                Cases.finds("账户DE89370400440532013000谢谢", "DE89370400440532013000"),
                Cases.finds("lower case de89370400440532013000 too", "de89370400440532013000"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("wrong check digits DE88 3704 0044 0532 0130 00"),
                Cases.none("one digit off DE89 3704 0044 0532 0130 01"),
                Cases.none("unknown country AB12 3456 7890 1234"),
                Cases.none("too short DE89 3704 0044"),
                Cases.none("too long GB82WEST123456987654321"),
                Cases.none("glued XDE89370400440532013000"),
                Cases.none("ISO 9001 certified since 2015"),
                Cases.none("COVID19 2020 2021"),
                Cases.none("space inside a group DE89 370 40044 0532 0130 00"),
                Cases.none("flight LH12 3456 to MUC"),
                Cases.none("card 4111 1111 1111 1111"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsValidIbans(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresInvalidAndLookAlikes(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @Test
    void everyCountryInTheTableIsFoundAtItsLengthAndOnlyAtIt() {
        for (Map.Entry<String, Integer> e : IbanDetector.LENGTHS.entrySet()) {
            String bban = "1234567890123456789012345678901234".substring(0, e.getValue() - 4);
            String iban = Valid.iban(e.getKey(), bban);
            assertEquals(List.of(iban), Cases.found(detector, "pay " + iban + " now"), e.getKey());
            assertEquals(List.of(Valid.spaced(iban)), Cases.found(detector, "pay " + Valid.spaced(iban) + "."));
            String shorter = Valid.iban(e.getKey(), bban.substring(1));
            assertEquals(List.of(), Cases.found(detector, "pay " + shorter + " now"), "wrong length " + shorter);
        }
    }
}
