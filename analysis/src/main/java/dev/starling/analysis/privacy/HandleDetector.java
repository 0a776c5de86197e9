package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @handles} of any case: X/Twitter and Instagram style ({@code @Some_User99}, {@code @lower}),
 * fediverse ({@code @user@instance.social}) and Bluesky domain handles ({@code @alice.bsky.social}).
 *
 * <p>Upper case, digits and underscores are all matched: masking that only catches lower-case
 * handles is a known failure of other tools. The {@code @} of an e-mail address is not a handle
 * because it follows the local part; an X idiom, {@code .@user} (a reply made public), is.
 *
 * <p>Reddit user references, {@code u/throwaway_jordan27} and {@code /u/Name}, are handles too
 * (3–20 characters of {@code [A-Za-z0-9_-]}, Reddit's own rule). They must start a word: not inside
 * another word or path ({@code reddit.com/u/name} and every other URL is left to the URL handling),
 * not after a number ({@code 100 u/ml} is a dose), and shorter names ({@code u/s}) are not matched.
 */
public final class HandleDetector implements PiiDetector {
    /*
     * Before the '@': no Latin letter, digit or address character (so the '@' of an e-mail address
     * is not a handle), but Chinese, Japanese, Cyrillic … text may run straight into a mention, as
     * X allows. After the name: an optional fediverse instance or Bluesky domain.
     */
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}\\p{M}_%+'\\-@&#$*])@[A-Za-z0-9_]++"
                    + "(?:@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)++"                    // @user@instance.social
                    + "|(?:\\.[a-z0-9-]++)++(?<=\\.[a-z]{2,63})(?![A-Za-z0-9_@]))?"    // @alice.bsky.social
                    + "(?![A-Za-z0-9_])");

    /** {@code u/name} or {@code /u/name} at the start of a word, not after a number ("5 u/day"). */
    private static final Pattern REDDIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}_%+'\\-@&#$*/.:=])(?<!\\d\\s)/?u/[A-Za-z0-9_-]{3,20}+(?![A-Za-z0-9_-])");

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            out.add(new PiiMatch(PiiType.HANDLE, m.start(), m.end()));
        }
        Matcher r = REDDIT.matcher(text);
        List<int[]> urls = null;
        while (r.find()) {
            urls = urls == null ? UrlSpans.find(text) : urls;
            if (!UrlSpans.inside(urls, r.start(), r.end())) {
                out.add(new PiiMatch(PiiType.HANDLE, r.start(), r.end()));
            }
        }
        out.sort(Comparator.comparingInt(PiiMatch::start));
        return out;
    }

    /**
     * Length of the platform prefix of a handle: 1 for {@code @name}, 2 for {@code u/name}, 3 for
     * {@code /u/name}, 0 for a bare name. The rest is the account name that is pseudonymised.
     */
    static int prefixLength(String handle) {
        if (handle.startsWith("@")) {
            return 1;
        }
        if (handle.startsWith("u/")) {
            return 2;
        }
        return handle.startsWith("/u/") ? 3 : 0;
    }
}
