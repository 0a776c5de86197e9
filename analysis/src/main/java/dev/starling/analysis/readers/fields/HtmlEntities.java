package dev.starling.analysis.readers.fields;

import java.util.Map;

/**
 * Decodes HTML character references: numeric ({@code &#39;}, {@code &#x1F600;}) and the named ones
 * that occur in social media text. Needed because Mastodon sends HTML and X escapes {@code & < >}
 * in tweet text. An unknown or unterminated reference is left as written.
 */
public final class HtmlEntities {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("deg", "\u00B0"), Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"));
    /** Longest named reference we know, to bound the search for ';'. */
    private static final int MAX_NAME = 8;

    private HtmlEntities() {
    }

    public static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp + 1);
            String decoded = semi < 0 || semi - amp - 1 > MAX_NAME + 2 ? null : reference(s.substring(amp + 1, semi));
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        return out.append(s, i, s.length()).toString();
    }

    private static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int cp = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name);
    }
}
