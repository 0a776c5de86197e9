package dev.starling.analysis.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, stable pseudonyms: HMAC-SHA256 under a {@link PseudonymKey}, so the same account always
 * maps to the same token (analyses can still count and link an account's posts) while no one without
 * the key can map a token back, or test a guess, even for short handles that a plain hash would give
 * away to a dictionary.
 *
 * <p>Accounts and values of each {@link PiiType} are hashed in separate domains (a type label is
 * part of the HMAC input), so an e-mail token never equals a handle's pseudonym. Thread-safe.
 */
public final class Pseudonymizer {
    /** Prefix of account pseudonyms. */
    public static final String PREFIX = "user_";
    /**
     * Hex characters kept from the HMAC: 48 bits, so a million accounts collide with probability
     * about 0.2%, where the 40 bits of a 10-character token would make one merge likely (~40%).
     */
    static final int HEX_CHARS = 12;
    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> mac;

    public Pseudonymizer(PseudonymKey key) {
        SecretKeySpec spec = new SecretKeySpec(key.bytes(), ALGORITHM);
        newMac(spec); // fail here, not on first use in some worker thread
        this.mac = ThreadLocal.withInitial(() -> newMac(spec));
    }

    /**
     * The pseudonym of an account, such as {@code user_3f9a1c2b7d40}. A leading {@code @} (or a
     * Reddit {@code u/}, {@code /u/}) is ignored and case is folded, because handles are case-insensitive on the platforms we read:
     * {@code @Alice}, {@code alice} and {@code ALICE} are one account. Account ids go through the same
     * function, so an author id that is really a handle gets the same pseudonym as the handle.
     */
    public String pseudonym(String handleOrId) {
        return PREFIX + hmacHex("account", accountKey(handleOrId));
    }

    /** A stable keyed token of a value of the given type: equal values (after {@link #normalise}) give equal tokens. */
    public String token(PiiType type, String value) {
        if (type == PiiType.HANDLE || type == PiiType.AUTHOR_ID) {
            return pseudonym(value);
        }
        return hmacHex(type.label(), normalise(type, value));
    }

    /** The canonical form under which a value is hashed, so that trivially different spellings match. */
    static String normalise(PiiType type, String value) {
        return switch (type) {
            case EMAIL, IP -> value.strip().toLowerCase(Locale.ROOT);
            case CARD -> value.replaceAll("\\D", "");
            case IBAN -> value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            case PHONE -> phone(value);
            case HANDLE, AUTHOR_ID -> accountKey(value);
            case URL_SECRET -> value;
        };
    }

    private static String accountKey(String handleOrId) {
        String s = handleOrId.strip();
        return s.substring(HandleDetector.prefixLength(s)).toLowerCase(Locale.ROOT);
    }

    /** "+44 20 7946 0958" and "0044 20 7946 0958" are the same number. */
    private static String phone(String value) {
        String digits = value.replaceAll("\\D", "");
        String s = value.strip();
        if (s.startsWith("+")) {
            return "+" + digits;
        }
        return s.startsWith("00") ? "+" + digits.substring(2) : digits;
    }

    private String hmacHex(String domain, String value) {
        Mac m = mac.get();
        m.update(domain.getBytes(StandardCharsets.UTF_8));
        m.update((byte) 0);
        byte[] h = m.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h).substring(0, HEX_CHARS);
    }

    private static Mac newMac(SecretKeySpec spec) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(spec);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable in this JVM", e);
        }
    }
}
