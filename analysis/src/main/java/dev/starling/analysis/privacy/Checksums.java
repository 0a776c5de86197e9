package dev.starling.analysis.privacy;

/** The check-digit algorithms that separate real card numbers and IBANs from look-alike digit runs. */
final class Checksums {
    private Checksums() {
    }

    /**
     * Luhn (mod 10): from the rightmost digit, double every second digit (subtracting 9 when the
     * double exceeds 9); the sum must be divisible by 10. {@code digits} holds only '0'–'9'.
     */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /**
     * ISO 13616 / ISO 7064 mod-97-10: move the first four characters to the end, replace each letter
     * by two digits (A = 10 … Z = 35) and the resulting number mod 97 must be 1. Computed digit by
     * digit so that no big integer is needed. {@code iban} is upper-case letters and digits only.
     */
    static boolean ibanMod97(CharSequence iban) {
        int n = iban.length();
        if (n < 5 || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
            return false; // the check digits are digits; a letter there would dodge the checksum's guarantees
        }
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
