package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets inside URLs: the values of query or fragment parameters whose names say they carry a
 * credential ({@code token}, {@code access_token}, {@code api_key}, {@code sig}, {@code X-Amz-Signature},
 * {@code password}, OAuth {@code code} …), and the password in a {@code user:password@host} part.
 * Only the value is matched, so the rest of the URL (host, path, harmless parameters) stays usable.
 */
public final class UrlSecretDetector implements PiiDetector {
    /** {@code ?name=value}, {@code &name=value}, {@code #name=value} (OAuth implicit flow) or {@code ;name=value}. */
    private static final Pattern PARAM = Pattern.compile("[?&#;]([^=&#?;\\s]{1,64}+)=([^&#;\\s]++)");

    /** The user-info password of {@code scheme://user:password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/?#@:\\s]++:([^/?#@\\s]++)@",
            Pattern.CASE_INSENSITIVE);

    /** Parameter names that carry credentials; matched against the whole (URL-decoded-ish) name. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "[a-z0-9_.\\-\\[\\]]*(?:token|secret|passw(?:or)?d|passwort|api[_-]?key|signature|credential"
                    + "|session[_-]?id|private[_-]?key)[a-z0-9_.\\-\\[\\]]*"
                    + "|[a-z0-9]*[_.\\-]key|(?:access|auth|app|client|secret|private|sub(?:scription)?)key"
                    + "|key|pwd|pass|sig|auth|authorization|session|sid|phpsessid|jsessionid|code|jwt|otp"
                    + "|hash|ticket|nonce|state",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        for (int[] url : UrlSpans.find(text)) {
            CharSequence span = text.subSequence(url[0], url[1]);
            Matcher ui = USER_INFO.matcher(span);
            if (ui.find()) {
                out.add(new PiiMatch(PiiType.URL_SECRET, url[0] + ui.start(1), url[0] + ui.end(1)));
            }
            Matcher p = PARAM.matcher(span);
            while (p.find()) {
                if (isSecretName(p.group(1))) {
                    out.add(new PiiMatch(PiiType.URL_SECRET, url[0] + p.start(2), url[0] + p.end(2)));
                }
            }
        }
        return out;
    }

    /** Whether a parameter with this name (percent-encoded brackets allowed) carries a secret. */
    static boolean isSecretName(String name) {
        String plain = name.replace("%5B", "[").replace("%5D", "]").replace("%5b", "[").replace("%5d", "]");
        return SECRET_NAME.matcher(plain).matches();
    }
}
