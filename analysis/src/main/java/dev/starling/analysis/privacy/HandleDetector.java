package dev.starling.analysis.privacy;

import java.util.ArrayList;
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

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            out.add(new PiiMatch(PiiType.HANDLE, m.start(), m.end()));
        }
        return out;
    }
}
