package dev.starling.analysis.sample;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invents the personal data planted in posts. Everything is fake but well-formed, so that detectors are tested
 * on what they must recognise: card numbers pass the Luhn check, IBANs pass ISO 13616 mod-97, phone numbers
 * follow each country's international format (in ranges reserved for fiction where a country has one), and
 * addresses use the documentation ranges (RFC 5737, RFC 3849) or private ones. The first cards and IBANs are
 * the well-known test values (4111 1111 1111 1111, DE89 3704 0044 0532 0130 00, GB82 WEST 1234 5698 7654 32).
 */
final class PersonalData {
    private static final List<String> FIXED_CARDS = List.of("4111 1111 1111 1111", "5555 5555 5555 4444");
    private static final List<String> FIXED_IBANS = List.of("DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32");
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.org", "example.net",
            "mail.example.com");
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final Random rnd;
    private int cards;
    private int ibans;

    PersonalData(Random rnd) {
        this.rnd = rnd;
    }

    PlantedPii make(PiiType type, Persona owner) {
        String value = switch (type) {
            case EMAIL -> email(owner);
            case PHONE -> phone(owner.lang());
            case CARD -> card();
            case IBAN -> iban(owner.lang());
            case IPV4 -> ipv4();
            case IPV6 -> ipv6();
            case SECRET_URL -> secretUrl();
        };
        return new PlantedPii(type, value);
    }

    private String email(Persona p) {
        String[] n = ascii(p.roman()).split(" ");
        String given = n[0];
        String family = n.length > 1 ? n[n.length - 1] : "mail";
        String local = switch (rnd.nextInt(4)) {
            case 0 -> given + "." + family;
            case 1 -> given.charAt(0) + family;
            case 2 -> given + "_" + family + (80 + rnd.nextInt(20));
            default -> family + "." + given + (1 + rnd.nextInt(9));
        };
        return local + "@" + pick(MAIL_DOMAINS);
    }

    private static String ascii(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim();
    }

    private String phone(String lang) {
        return switch (lang) {
            case "es" -> "+34 6" + digits(2) + " " + digits(3) + " " + digits(3);
            case "fr" -> "+33 6 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
            case "de" -> "+49 151 " + digits(4) + " " + digits(4);
            case "pt" -> "+55 11 9" + digits(4) + "-" + digits(4);
            case "it" -> "+39 3" + digits(2) + " " + digits(3) + " " + digits(4);
            case "ja" -> "+81 90-" + digits(4) + "-" + digits(4);
            case "zh" -> "+86 13" + digits(1) + " " + digits(4) + " " + digits(4);
            case "zh-Hant" -> "+886 912 " + digits(3) + " " + digits(3);
            case "ko" -> "+82 10-" + digits(4) + "-" + digits(4);
            // UK numbers in Ofcom's drama range, US numbers in the 555-01xx fiction range
            default -> rnd.nextBoolean() ? "+44 20 7946 0" + digits(3)
                    : "+1 " + pick(List.of("202", "312", "415", "617")) + "-555-01" + digits(2);
        };
    }

    private String card() {
        if (cards < FIXED_CARDS.size()) {
            return FIXED_CARDS.get(cards++);
        }
        cards++;
        return switch (rnd.nextInt(3)) {
            case 0 -> groups(luhnComplete("4" + digits(14)), 4, " ");
            case 1 -> groups(luhnComplete("5" + (1 + rnd.nextInt(5)) + digits(13)), 4, "-");
            default -> {
                String amex = luhnComplete("37" + digits(12));
                yield amex.substring(0, 4) + " " + amex.substring(4, 10) + " " + amex.substring(10);
            }
        };
    }

    /** Appends the Luhn check digit to {@code body}. */
    static String luhnComplete(String body) {
        int sum = 0;
        for (int k = 0; k < body.length(); k++) {
            int d = body.charAt(body.length() - 1 - k) - '0';
            if (k % 2 == 0) { // these positions are doubled once the check digit is appended
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }

    private String iban(String lang) {
        if (ibans < FIXED_IBANS.size()) {
            return FIXED_IBANS.get(ibans++);
        }
        ibans++;
        String country = switch (lang) {
            case "de", "fr", "es", "it", "pt" -> lang.toUpperCase(Locale.ROOT);
            default -> rnd.nextBoolean() ? "GB" : "NL";
        };
        String bban = switch (country) {
            case "DE" -> digits(18);
            case "FR" -> digits(10) + alnumUpper(11) + digits(2);
            case "ES" -> digits(20);
            case "IT" -> letters(1) + digits(10) + alnumUpper(12);
            case "PT" -> digits(21);
            case "GB" -> letters(4) + digits(14);
            default -> letters(4) + digits(10);
        };
        String compact = country + ibanCheckDigits(country, bban) + bban;
        return rnd.nextInt(4) == 0 ? compact : groups(compact, 4, " ");
    }

    /** ISO 13616 check digits: 98 minus the mod-97 of BBAN + country + "00", letters as 10..35. */
    static String ibanCheckDigits(String country, String bban) {
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return check < 10 ? "0" + check : String.valueOf(check);
    }

    private String ipv4() {
        return switch (rnd.nextInt(5)) {
            case 0 -> "203.0.113." + (1 + rnd.nextInt(254));
            case 1 -> "198.51.100." + (1 + rnd.nextInt(254));
            case 2 -> "192.0.2." + (1 + rnd.nextInt(254));
            case 3 -> "10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
            default -> "192.168." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
        };
    }

    private String ipv6() {
        if (rnd.nextBoolean()) {
            return "2001:db8:" + hexGroup() + "::" + hexGroup() + ":" + hexGroup();
        }
        StringBuilder sb = new StringBuilder("2001:0db8");
        for (int k = 0; k < 6; k++) {
            sb.append(':').append(String.format(Locale.ROOT, "%04x", rnd.nextInt(65536)));
        }
        return sb.toString();
    }

    private String hexGroup() {
        return Integer.toHexString(1 + rnd.nextInt(65535));
    }

    private String secretUrl() {
        return switch (rnd.nextInt(3)) {
            case 0 -> "https://api.example.com/v2/export?user_id=" + digits(4) + "&token=" + hex(32)
                    + "&api_key=" + alnum(24);
            case 1 -> "https://files.example.net/share/download?file=q2-report.xlsx&access_token=" + alnum(40);
            default -> "https://dashboard.example.org/login?session=" + hex(32) + "&api_key=" + alnum(32);
        };
    }

    private static String groups(String s, int size, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k += size) {
            if (k > 0) {
                sb.append(sep);
            }
            sb.append(s, k, Math.min(s.length(), k + size));
        }
        return sb.toString();
    }

    private String digits(int n) {
        return draw("0123456789", n);
    }

    private String letters(int n) {
        return draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ", n);
    }

    private String alnumUpper(int n) {
        return draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n);
    }

    private String alnum(int n) {
        return draw(ALNUM, n);
    }

    private String hex(int n) {
        return draw(HEX, n);
    }

    private String draw(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
