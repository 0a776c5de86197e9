package dev.starling.analysis.privacy;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Post;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The privacy step: finds personal data with a {@link PiiDetector} and treats each value as the
 * {@link PrivacyPolicy} says. Run it on every post before the post is stored, logged, shown or sent
 * to a model or generator. Immutable and thread-safe.
 *
 * <p>{@link #protect(Post)} covers every field that can carry personal data: the text; the author's
 * id and handle (pseudonymised as accounts) and display name (personal data inside it treated); the
 * mention list (accounts); URLs, hashtags, media URLs and alt texts (personal data and URL secrets
 * inside them treated). Post ids and reply/quote/repost ids name posts, not people, and are kept.
 */
public final class PrivacyFilter {
    private final PrivacyPolicy policy;
    private final Pseudonymizer pseudonymizer;
    private final PiiDetector detector;

    public PrivacyFilter(PrivacyPolicy policy, Pseudonymizer pseudonymizer, PiiDetector detector) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** A filter with every registered detector ({@link CompositeDetector#standard()}). */
    public static PrivacyFilter standard(PrivacyPolicy policy, PseudonymKey key) {
        return new PrivacyFilter(policy, new Pseudonymizer(key), CompositeDetector.standard());
    }

    public PrivacyPolicy policy() {
        return policy;
    }

    /** The text with its personal data treated, and counts per type. */
    public Redaction apply(String text) {
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        String safe = text(Objects.requireNonNull(text, "text"), counts);
        return new Redaction(safe, counts);
    }

    /** The post with every personal field treated (see the class comment). */
    public Post protect(Post post) {
        return protectCounted(post).post();
    }

    /** {@link #protect(Post)}, with counts per type over all fields. */
    public ProtectedPost protectCounted(Post post) {
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        Author a = post.author();
        Author author = new Author(authorId(a.id(), counts), account(a.handle(), PiiType.HANDLE, counts),
                text(a.displayName(), counts), a.followers());
        List<String> mentions = new ArrayList<>(post.mentions().size());
        for (String m : post.mentions()) {
            mentions.add(account(m, PiiType.HANDLE, counts));
        }
        List<Media> media = new ArrayList<>(post.media().size());
        for (Media m : post.media()) {
            media.add(new Media(m.type(), text(m.url(), counts), text(m.altText(), counts)));
        }
        Post safe = post.withText(text(post.text(), counts)).withAuthor(author)
                .withEntities(texts(post.hashtags(), counts), mentions, texts(post.urls(), counts), media);
        return new ProtectedPost(safe, counts);
    }

    private List<String> texts(List<String> values, Map<PiiType, Integer> counts) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(text(v, counts));
        }
        return out;
    }

    /** Free text: every detected value replaced according to its mode; null stays null. */
    private String text(String text, Map<PiiType, Integer> counts) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<PiiMatch> matches = detector.find(text);
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (PiiMatch m : matches) {
            sb.append(text, pos, m.start()).append(replacement(m.type(), m.in(text)));
            counts.merge(m.type(), 1, Integer::sum);
            pos = m.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** What a value found in free text becomes. */
    private String replacement(PiiType type, String value) {
        return switch (policy.mode(type)) {
            case KEEP -> value;
            case REDACT -> type.placeholder();
            case MASK -> Masker.mask(type, value);
            case HASH -> type == PiiType.HANDLE ? handlePrefix(value) + pseudonymizer.pseudonym(value)
                    : "<" + type.label() + ":" + pseudonymizer.token(type, value) + ">";
        };
    }

    /** "@" for an @handle, the "u/" or "/u/" of a Reddit reference: the pseudonym keeps the platform's form. */
    private static String handlePrefix(String handle) {
        int n = HandleDetector.prefixLength(handle);
        return n == 0 ? "@" : handle.substring(0, n);
    }

    /**
     * A field that is an account (a handle without '@', or an id). The redacted form is the bare
     * placeholder: "user" for handles, matching the "@user" that redaction leaves in text.
     */
    private String account(String value, PiiType type, Map<PiiType, Integer> counts) {
        if (value == null || value.isBlank()) {
            return value;
        }
        counts.merge(type, 1, Integer::sum);
        return switch (policy.mode(type)) {
            case KEEP -> value;
            case REDACT -> type == PiiType.HANDLE ? "user" : type.placeholder();
            case MASK -> Masker.mask(type, value);
            case HASH -> pseudonymizer.pseudonym(value);
        };
    }

    /** The author id; the "unknown" placeholder of {@link Author#unknown()} names no one and is kept. */
    private String authorId(String id, Map<PiiType, Integer> counts) {
        return Author.unknown().id().equals(id) ? id : account(id, PiiType.AUTHOR_ID, counts);
    }
}
