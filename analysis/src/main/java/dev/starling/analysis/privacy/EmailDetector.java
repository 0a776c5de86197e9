package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in the practical subset of RFC 5322 that people actually type: a dot-atom local
 * part (letters of any script, digits, {@code . _ % + ' -}, so plus-addressing works), an
 * {@code @}, and a domain of one or more labels before a top-level domain of at least two letters
 * (internationalised letters and {@code xn--} punycode included).
 *
 * <p>A lone {@code @handle} has no local part and is not matched; neither is the
 * {@code user@instance.social} inside a fediverse handle {@code @user@instance.social}, which
 * {@link HandleDetector} owns.
 */
public final class EmailDetector implements PiiDetector {
    private static final String LOCAL = "[\\p{L}\\p{M}\\p{N}._%+'\\-]";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}._%+'\\-@])" + LOCAL + "++@[\\p{L}\\p{M}\\p{N}\\-]++(?:\\.[\\p{L}\\p{M}\\p{N}\\-]++)++");
    /** {@code scheme://user:} just before a match: the "address" is a URL's password@host, not an e-mail. */
    private static final Pattern URL_USER_INFO = Pattern.compile("[a-z][a-z0-9+.\\-]*+://[^\\s/?#@:]*+:$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == ':'
                    && URL_USER_INFO.matcher(text.subSequence(Math.max(0, m.start() - 200), m.start())).find()) {
                continue; // left to UrlSecretDetector, which takes the password and keeps the host
            }
            PiiMatch match = trimmed(text, m.start(), m.end());
            if (match != null) {
                out.add(match);
            }
        }
        return out;
    }

    /**
     * Drops what belongs to the sentence rather than the address: text before an ellipsis
     * ("reach out...bob@x.org"; a dot-atom never has two dots in a row), and Chinese, Japanese, Korean
     * or Thai text written without spaces around an ASCII address ("请联系bob@x.cn谢谢"). Then checks
     * the labels; null when what remains is not an address.
     */
    private static PiiMatch trimmed(CharSequence text, int start, int end) {
        int at = start + text.subSequence(start, end).toString().indexOf('@');
        int ellipsis = text.subSequence(start, at).toString().lastIndexOf("..");
        if (ellipsis >= 0) {
            start += ellipsis + 2;
        }
        if (hasAsciiAlnum(text, start, end)) {
            for (int k = start; k < at; k++) {
                if (Scripts.isUnspaced(text.charAt(k))) {
                    start = k + 1;
                }
            }
            for (int k = at + 1; k < end; k++) {
                if (Scripts.isUnspaced(text.charAt(k))) {
                    end = k;
                    break;
                }
            }
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        String s = text.subSequence(start, end).toString();
        at = s.indexOf('@');
        if (at <= 0 || s.charAt(at - 1) == '.') {
            return null;
        }
        String[] labels = s.substring(at + 1).split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return null;
            }
        }
        return labels.length >= 2 && topLevelDomain(labels[labels.length - 1])
                ? new PiiMatch(PiiType.EMAIL, start, end) : null;
    }

    private static boolean hasAsciiAlnum(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters (any script), or an ASCII-compatible {@code xn--} label. */
    private static boolean topLevelDomain(String tld) {
        if (tld.regionMatches(true, 0, "xn--", 0, 4)) {
            return tld.length() > 4;
        }
        return tld.length() >= 2 && tld.codePoints().allMatch(c -> Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }
}
