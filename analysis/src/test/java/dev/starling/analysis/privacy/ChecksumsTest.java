package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final List<String> CARDS = List.of("4111111111111111", "5555555555554444", "378282246310005",
            "6011111111111117", "3530111333300000", "30569309025904", "4222222222222", "6200000000000005");
    private static final List<String> IBANS = List.of("DE89370400440532013000", "GB82WEST12345698765432",
            "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034", "NO9386011117947");

    @Test
    void luhnAcceptsPublishedTestNumbers() {
        for (String c : CARDS) {
            assertTrue(Checksums.luhn(c), c);
        }
    }

    @Test
    void luhnCatchesEverySingleDigitError() {
        for (String c : CARDS) {
            for (int pos = 0; pos < c.length(); pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != c.charAt(pos)) {
                        String wrong = c.substring(0, pos) + d + c.substring(pos + 1);
                        assertFalse(Checksums.luhn(wrong), wrong);
                    }
                }
            }
        }
    }

    @Test
    void luhnAgreesWithTheReferenceOnRandomNumbers() {
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 12 + r.nextInt(8);
            for (int j = 0; j < len; j++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            assertEquals(Valid.luhnReference(sb.toString()), Checksums.luhn(sb), sb.toString());
        }
        assertFalse(Checksums.luhn(""));
        assertFalse(Checksums.luhn("41111111x1111111"));
    }

    @Test
    void mod97AcceptsRegistryExamples() {
        for (String iban : IBANS) {
            assertTrue(Checksums.ibanMod97(iban), iban);
        }
    }

    /**
     * Replacing a digit by a digit or a letter by a letter changes the number by (v' - v) * 10^k with
     * |v' - v| < 97, which the prime 97 never divides: mod-97 catches every such error.
     */
    @Test
    void mod97CatchesEverySameKindSubstitution() {
        for (String iban : IBANS) {
            for (int pos = 0; pos < iban.length(); pos++) {
                char was = iban.charAt(pos);
                String pool = Character.isDigit(was) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
                for (char c : pool.toCharArray()) {
                    if (c != was) {
                        String wrong = iban.substring(0, pos) + c + iban.substring(pos + 1);
                        assertFalse(Checksums.ibanMod97(wrong), wrong);
                    }
                }
            }
        }
    }

    @Test
    void mod97RejectsLettersInTheCheckDigits() {
        assertFalse(Checksums.ibanMod97("GB8BWEST12345698765432"));
        assertFalse(Checksums.ibanMod97("GB"));
        assertFalse(Checksums.ibanMod97("DE89 3704 0044 0532 0130 00"), "spaces are stripped by the caller");
    }

    @Test
    void mod97AgreesWithBigIntegerReferenceOnRandomStrings() {
        Random r = new Random(11);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int valid = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder("DE");
            sb.append(r.nextInt(10)).append(r.nextInt(10));
            for (int j = 0; j < 18; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            boolean expected = Valid.ibanReference(sb.toString());
            valid += expected ? 1 : 0;
            assertEquals(expected, Checksums.ibanMod97(sb), sb.toString());
        }
        assertTrue(valid > 50, "random strings should hit valid ones about 1/97 of the time, got " + valid);
        for (int k = 0; k < 200; k++) {
            String built = Valid.iban("FR", String.format("%023d", Math.abs(r.nextLong()) % 1_000_000_000_000L));
            assertTrue(Checksums.ibanMod97(built), built);
        }
    }
}
