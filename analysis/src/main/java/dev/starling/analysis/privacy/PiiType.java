package dev.starling.analysis.privacy;

/**
 * The kinds of personal data the privacy layer finds and treats. The declaration order is the
 * precedence used when two detectors claim overlapping text: the earlier type wins, because the
 * stricter, checksum-validated detectors (card, IBAN) are the more certain ones and must beat the
 * looser shape-based ones (a Luhn-valid card number also looks like a phone number).
 */
public enum PiiType {
    /** Payment card number, Luhn- and IIN-checked. */
    CARD("card", "[CARD]"),
    /** International bank account number, mod-97-checked. */
    IBAN("iban", "[IBAN]"),
    /** E-mail address. */
    EMAIL("email", "[EMAIL]"),
    /** The value of a secret-bearing URL parameter (token, key, signature, password ...). */
    URL_SECRET("secret", "[SECRET]"),
    /** IPv4 or IPv6 address. */
    IP("ip", "[IP]"),
    /** Telephone number, international or national format. */
    PHONE("phone", "[PHONE]"),
    /**
     * An @handle. Redacted to {@code @user}, the form TweetEval and the models trained on it expect,
     * so that redaction does not push text out of the models' training distribution.
     */
    HANDLE("handle", "@user"),
    /** A platform account id in the author fields; never searched for in free text. */
    AUTHOR_ID("author", "[AUTHOR]");

    private final String label;
    private final String placeholder;

    PiiType(String label, String placeholder) {
        this.label = label;
        this.placeholder = placeholder;
    }

    /** Short lower-case name, used in hash tokens ({@code <email:…>}) and in policy strings. */
    public String label() {
        return label;
    }

    /** What {@link PrivacyPolicy.Mode#REDACT} puts in place of the value in free text. */
    public String placeholder() {
        return placeholder;
    }

    /** The type whose label is {@code label} (case-insensitive), or an error naming the valid labels. */
    public static PiiType fromLabel(String label) {
        for (PiiType t : values()) {
            if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown personal-data type '" + label
                + "'; expected one of card, iban, email, secret, ip, phone, handle, author");
    }
}
