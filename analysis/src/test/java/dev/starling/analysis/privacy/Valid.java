package dev.starling.analysis.privacy;

import java.math.BigInteger;

/**
 * Independent reference implementations (written differently from {@link Checksums}) that build
 * valid card numbers and IBANs for tests, so test data is valid by construction rather than by
 * copying numbers that happen to pass.
 */
final class Valid {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Valid() {
    }

    /** {@code payload} followed by its Luhn check digit. */
    static String luhn(String payload) {
        for (int check = 0; check <= 9; check++) {
            if (luhnReference(payload + check)) {
                return payload + check;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Luhn by the textbook: reverse, double odd positions, sum digit sums. */
    static boolean luhnReference(String number) {
        String reversed = new StringBuilder(number).reverse().toString();
        int sum = 0;
        for (int k = 0; k < reversed.length(); k++) {
            int d = reversed.charAt(k) - '0';
            int v = k % 2 == 1 ? d * 2 : d;
            sum += v / 10 + v % 10;
        }
        return sum % 10 == 0;
    }

    /** A valid IBAN (solid form) for this country and BBAN: check digits = 98 - (BBAN + country + "00") mod 97. */
    static String iban(String country, String bban) {
        int check = 98 - numeric(bban + country + "00").mod(NINETY_SEVEN).intValue();
        return country + (check < 10 ? "0" : "") + check + bban;
    }

    /** mod-97 over the whole number with BigInteger. */
    static boolean ibanReference(String iban) {
        String s = iban.replace(" ", "");
        return numeric(s.substring(4) + s.substring(0, 4)).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The printed form: groups of four separated by spaces. */
    static String spaced(String s) {
        return s.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static BigInteger numeric(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(sb.toString());
    }
}
