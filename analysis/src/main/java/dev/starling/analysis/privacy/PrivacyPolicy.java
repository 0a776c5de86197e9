package dev.starling.analysis.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to do with each kind of personal data. Immutable; types without an explicit mode get the
 * default: accounts ({@link PiiType#HANDLE}, {@link PiiType#AUTHOR_ID}) are {@link Mode#HASH}ed into
 * pseudonyms, so analyses can still follow an account, and everything else is {@link Mode#REDACT}ed.
 *
 * @param modes the mode of every {@link PiiType} (filled from the defaults where missing)
 */
public record PrivacyPolicy(Map<PiiType, Mode> modes) {
    /** How a found value is treated. */
    public enum Mode {
        /** Replaced by a placeholder such as {@code [EMAIL]} ({@code @user} for handles). */
        REDACT,
        /** Mostly starred out, keeping its shape: {@code j***@e******.com}, {@code **** **** **** 1234}. */
        MASK,
        /** Replaced by a keyed HMAC token, equal for equal values: {@code <email:7c1e0a9b2f3d>}, {@code @user_3f9a…}. */
        HASH,
        /** Left as it is (still counted). */
        KEEP
    }

    public PrivacyPolicy {
        EnumMap<PiiType, Mode> all = new EnumMap<>(PiiType.class);
        for (PiiType t : PiiType.values()) {
            Mode m = modes == null ? null : modes.get(t);
            all.put(t, m != null ? m : defaultMode(t));
        }
        modes = Collections.unmodifiableMap(all);
    }

    /** Pseudonymise accounts, redact everything else. */
    public static PrivacyPolicy defaults() {
        return new PrivacyPolicy(Map.of());
    }

    /** The same mode for every type (handy for tests and for "keep everything" debugging). */
    public static PrivacyPolicy all(Mode mode) {
        EnumMap<PiiType, Mode> m = new EnumMap<>(PiiType.class);
        for (PiiType t : PiiType.values()) {
            m.put(t, mode);
        }
        return new PrivacyPolicy(m);
    }

    public Mode mode(PiiType type) {
        return modes.get(type);
    }

    /** A copy with one type's mode changed. */
    public PrivacyPolicy with(PiiType type, Mode mode) {
        EnumMap<PiiType, Mode> m = new EnumMap<>(modes);
        m.put(type, mode);
        return new PrivacyPolicy(m);
    }

    /**
     * The defaults overridden by a spec such as {@code "email=mask, phone=keep, handle=redact"}
     * (type labels or names, case-insensitive), as given on a command line or in a config file.
     */
    public static PrivacyPolicy parse(String spec) {
        PrivacyPolicy p = defaults();
        if (spec == null || spec.isBlank()) {
            return p;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2) {
                throw new IllegalArgumentException("privacy policy entry '" + part.strip()
                        + "' is not of the form type=mode (e.g. email=mask)");
            }
            p = p.with(PiiType.fromLabel(kv[0].strip()), parseMode(kv[1].strip()));
        }
        return p;
    }

    private static Mode parseMode(String s) {
        try {
            return Mode.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown privacy mode '" + s + "'; expected redact, mask, hash or keep");
        }
    }

    private static Mode defaultMode(PiiType t) {
        return t == PiiType.HANDLE || t == PiiType.AUTHOR_ID ? Mode.HASH : Mode.REDACT;
    }
}
