package dev.starling.analysis.sample;

import java.util.Locale;

/** The kinds of personal data planted in the sample, with the template placeholder that plants each. */
enum PiiType {
    EMAIL("{email}"), PHONE("{phone}"), CARD("{card}"), IBAN("{iban}"), IPV4("{ipv4}"), IPV6("{ipv6}"),
    SECRET_URL("{secret}");

    private final String placeholder;

    PiiType(String placeholder) {
        this.placeholder = placeholder;
    }

    String placeholder() {
        return placeholder;
    }

    /** The name used in MANIFEST.json, e.g. "secret_url". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
