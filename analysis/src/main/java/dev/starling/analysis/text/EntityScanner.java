package dev.starling.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs, mentions and hashtags. URLs are tried first at each position because they may
 * contain {@code @} and {@code #}. Lookbehinds keep e-mail addresses ({@code bob@example.com}),
 * {@code C#} and HTML-ish {@code &#} from being taken for mentions or hashtags; they ignore
 * combining marks, because an emoji cluster may end in one (❤️ ends in a variation selector) and
 * the space the normaliser puts after an emoji must not turn a non-mention into a mention. A URL
 * may follow a Chinese or Japanese character directly (no spaces in those scripts), not a Latin one. Handles match in
 * any case, with letters of any script, digits and underscores (a known fault of popular tweet
 * preprocessors is matching upper-case handles only); dots and hyphens are allowed inside a handle
 * (Bluesky's {@code @alice.bsky.social}), and {@code @user@server.tld} is one Mastodon mention.
 */
final class EntityScanner {
    /** One entity occurrence in the scanned text, {@code [start, end)}. */
    record Match(EntityType type, int start, int end) {
    }

    private static final String URL = "(?<![\\p{IsLatin}0-9_@./:])(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\\.)[\\p{L}\\p{N}]"
            + "[^\\p{javaWhitespace}\\p{Z}\\p{Cc}<>\"`{}|\\\\^\\p{IsExtended_Pictographic}"
            + "\\u2018\\u2019\\u201C\\u201D\\u2026\\u3000-\\u303F\\uFF01\\uFF08\\uFF09\\uFF0C\\uFF1A\\uFF1B\\uFF1F]*";
    /**
     * Characters that extend the grapheme cluster before them (marks, skin-tone modifiers, tags).
     * Bodies of handles, tags and domain labels include them, so an entity never ends inside a
     * cluster and leaves a fragment that would attach to the placeholder on a second pass.
     */
    private static final String EXTEND = "\\p{M}\\x{1F3FB}-\\x{1F3FF}\\x{E0020}-\\x{E007F}";
    /** A domain label: letters and digits, hyphens inside only, so a mention never ends in one. */
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-" + EXTEND + "]*[\\p{L}\\p{N}" + EXTEND + "])?";
    private static final String MENTION = "(?<![\\p{L}\\p{N}_@\\uFF20.&/])[@\\uFF20]"
            + "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_" + EXTEND + "]|[.\\-](?=[\\p{L}\\p{N}_]))*+"
            + "(?:@" + LABEL + "(?:\\." + LABEL + ")+)?";
    private static final String HASHTAG = "(?<![\\p{L}\\p{N}_&#\\uFF03@\\uFF20/])[#\\uFF03]"
            + "(?=[\\p{L}\\p{N}_" + EXTEND + "]*\\p{L})[\\p{L}\\p{N}_][\\p{L}\\p{N}_" + EXTEND + "]*+";
    private static final Pattern ENTITY = Pattern.compile(
            "(?<url>" + URL + ")|(?<mention>" + MENTION + ")|(?<hashtag>" + HASHTAG + ")");

    private EntityScanner() {
    }

    static List<Match> scan(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = ENTITY.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Match match;
            if (m.group("url") != null) {
                match = new Match(EntityType.URL, m.start(), m.start() + trimmedUrlLength(m.group()));
            } else if (m.group("mention") != null) {
                match = new Match(EntityType.MENTION, m.start(), m.end());
            } else {
                match = new Match(EntityType.HASHTAG, m.start(), m.end());
            }
            matches.add(match);
            from = match.end();
        }
        return matches;
    }

    /**
     * The length of a URL without the punctuation that ends the sentence around it. A closing
     * bracket stays when the URL opened one (Wikipedia's {@code Foo_(bar)}).
     */
    static int trimmedUrlLength(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            boolean trim = switch (c) {
                case '.', ',', ';', ':', '!', '?', '\'', '*' -> true;
                case ')' -> count(url, end, '(') < count(url, end, ')');
                case ']' -> count(url, end, '[') < count(url, end, ']');
                default -> false;
            };
            if (!trim) {
                break;
            }
            end--;
        }
        return end;
    }

    private static int count(String s, int end, char c) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
