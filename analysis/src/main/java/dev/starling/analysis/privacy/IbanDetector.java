package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * International bank account numbers: a two-letter country code, two check digits and the national
 * account number (BBAN), written solid ("DE89370400440532013000") or in the printed groups of four
 * ("DE89 3704 0044 0532 0130 00"). A candidate must have exactly its country's length and pass the
 * ISO 7064 mod-97 check, which rejects ordinary words-plus-numbers such as "AB12 3456".
 */
public final class IbanDetector implements PiiDetector {
    /** IBAN length per country (SWIFT IBAN registry) for the countries that issue them. */
    static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
            Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18),
            Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
            Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25),
            Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
            Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
            Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i + 4 <= n) {
            int end = headAt(text, i) ? matchEnd(text, i) : -1;
            if (end > 0) {
                out.add(new PiiMatch(PiiType.IBAN, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Letter, letter, digit, digit at {@code i}, not glued to a preceding letter or digit. */
    private static boolean headAt(CharSequence text, int i) {
        return (i == 0 || !Scripts.glues(text.charAt(i - 1)))
                && isAsciiLetter(text.charAt(i)) && isAsciiLetter(text.charAt(i + 1))
                && DigitGroups.isDigit(text.charAt(i + 2)) && DigitGroups.isDigit(text.charAt(i + 3));
    }

    /** End of the valid IBAN starting at {@code i}, or -1. */
    private static int matchEnd(CharSequence text, int i) {
        String country = text.subSequence(i, i + 2).toString().toUpperCase(Locale.ROOT);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return -1;
        }
        StringBuilder iban = new StringBuilder(length);
        int n = text.length();
        int p = i;
        while (p < n && iban.length() < length) {
            char c = text.charAt(p);
            if (isAsciiAlnum(c)) {
                iban.append(Character.toUpperCase(c));
                p++;
            } else if (c == ' ' && iban.length() % 4 == 0 && p + 1 < n && isAsciiAlnum(text.charAt(p + 1))) {
                p++; // the printed form puts one space after every fourth character
            } else {
                break;
            }
        }
        boolean complete = iban.length() == length && (p == n || !Scripts.glues(text.charAt(p)));
        return complete && Checksums.ibanMod97(iban) ? p : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || DigitGroups.isDigit(c);
    }
}
