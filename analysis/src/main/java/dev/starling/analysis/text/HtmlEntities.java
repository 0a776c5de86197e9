package dev.starling.analysis.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references: the named ones that occur in exported posts, and every
 * numeric one ({@code &#39;}, {@code &#x1F600;}). Repeated until nothing changes, because APIs and
 * scrapers often escape twice ({@code &amp;amp;}); each pass shortens the text, so this ends.
 * A reference that names no character (unknown name, surrogate, beyond U+10FFFF, NUL) is left as
 * written rather than turned into something invalid. Readers use {@link #decode} (one pass: the
 * platforms escape once — Mastodon sends HTML, X escapes {@code & < >}); the normaliser decodes fully.
 */
public final class HtmlEntities {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"), Map.entry("cent", "\u00A2"),
            Map.entry("deg", "\u00B0"), Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"),
            Map.entry("middot", "\u00B7"), Map.entry("bull", "\u2022"), Map.entry("para", "\u00B6"),
            Map.entry("sect", "\u00A7"), Map.entry("iexcl", "\u00A1"), Map.entry("iquest", "\u00BF"),
            Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
            Map.entry("lrm", "\u200E"), Map.entry("rlm", "\u200F"), Map.entry("hearts", "\u2665"),
            Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"), Map.entry("uarr", "\u2191"),
            Map.entry("darr", "\u2193"));

    private HtmlEntities() {
    }

    /** Decodes until the text no longer changes. */
    static String decodeFully(String text) {
        String current = text;
        while (current.indexOf('&') >= 0) {
            String next = decodeOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** One pass: every reference in {@code text} decoded once. */
    public static String decode(String text) {
        return text.indexOf('&') < 0 ? text : decodeOnce(text);
    }

    static String decodeOnce(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = resolve(m);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(Matcher m) {
        if (m.group(3) != null) {
            return NAMED.get(m.group(3));
        }
        int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return valid ? Character.toString(codePoint) : null;
    }
}
