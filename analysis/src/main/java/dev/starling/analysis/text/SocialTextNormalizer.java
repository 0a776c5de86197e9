package dev.starling.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one normaliser for post text: decodes HTML entities, removes invisible and bidi-control
 * characters, applies NFC, replaces or removes mentions and URLs, segments hashtags into words,
 * keeps emoji whole and apart, cuts elongations and collapses whitespace (see the package
 * documentation for why in this order). The result keeps the original beside the model input and
 * lists the entities found. Immutable and thread-safe. With the default options normalising its own
 * output changes nothing (checked over random strings in the tests); removing entities can make
 * new neighbours ({@code @bob#tag} leaves {@code #tag}), so that does not hold for REMOVE modes.
 *
 * <pre>{@code
 * NormalizedText t = SocialTextNormalizer.standard().normalize("@bob loooove #MondayMotivation 👩‍👩‍👧 https://x.co/a.");
 * t.normalized();   // "@user loove monday motivation 👩‍👩‍👧 http."
 * }</pre>
 */
public final class SocialTextNormalizer {
    private static final Supplier<HashtagSegmenter> ENGLISH = HashtagSegmenter::english;

    private final NormalizerOptions options;
    private final Supplier<HashtagSegmenter> hashtags;

    /** With {@link NormalizerOptions#defaults()}. */
    public static SocialTextNormalizer standard() {
        return new SocialTextNormalizer(NormalizerOptions.defaults());
    }

    /** With English hashtag segmentation, whose word list is loaded when the first hashtag is met. */
    public SocialTextNormalizer(NormalizerOptions options) {
        this(options, ENGLISH);
    }

    public SocialTextNormalizer(NormalizerOptions options, HashtagSegmenter hashtags) {
        this(options, () -> hashtags);
        Objects.requireNonNull(hashtags, "hashtags");
    }

    private SocialTextNormalizer(NormalizerOptions options, Supplier<HashtagSegmenter> hashtags) {
        this.options = Objects.requireNonNull(options, "options");
        this.hashtags = hashtags;
    }

    public NormalizerOptions options() {
        return options;
    }

    /** Normalises {@code text} (not null; any string, however malformed, is accepted). */
    public NormalizedText normalize(String text) {
        Objects.requireNonNull(text, "text");
        String clean = decodeStripCompose(text);
        OutputWriter out = new OutputWriter();
        List<TextEntity> entities = new ArrayList<>();
        int position = 0;
        for (EntityScanner.Match match : EntityScanner.scan(clean)) {
            writePlain(clean.substring(position, match.start()), out, entities);
            writeEntity(match, clean, out, entities);
            position = match.end();
        }
        writePlain(clean.substring(position), out, entities);
        return new NormalizedText(text, out.toString(), entities);
    }

    /**
     * Strips invisible characters, applies NFC and decodes entities until nothing changes: each
     * step can expose work for another ({@code &amp;&zwj;#39;} holds a reference only once the
     * joiner is gone; NFC turns the Greek question mark U+037E into {@code ;}). A round that
     * changes the text after the first shortens it, so this ends.
     */
    private String decodeStripCompose(String text) {
        String current = Normalizer.normalize(Invisibles.strip(text), Normalizer.Form.NFC);
        while (options.decodeHtml()) {
            String decoded = HtmlEntities.decodeFully(current);
            if (decoded.equals(current)) {
                break;
            }
            current = Normalizer.normalize(Invisibles.strip(decoded), Normalizer.Form.NFC);
        }
        return current;
    }

    /** Text between entities, one grapheme cluster at a time. */
    private void writePlain(String segment, OutputWriter out, List<TextEntity> entities) {
        RepeatLimiter limiter = new RepeatLimiter(options.maxLetterRepeat(), options.maxPunctuationRepeat());
        for (String cluster : Graphemes.split(segment)) {
            if (Graphemes.startsWithSpace(cluster)) {
                out.space();
                limiter.reset();
            } else if (out.spacePending() && Graphemes.extendsPrevious(cluster.codePointAt(0))) {
                continue;   // a mark with no base after a space: it would join the space next time
            } else if (Graphemes.isEmoji(cluster)) {
                if (options.separateEmoji()) {
                    out.space();
                }
                int start = out.write(cluster);
                entities.add(new TextEntity(EntityType.EMOJI, cluster, cluster, start, out.length()));
                if (options.separateEmoji()) {
                    out.space();
                }
                limiter.reset();
            } else if (limiter.accept(cluster)) {
                writeText(cluster, out);
            }
        }
    }

    /**
     * Writes a cluster. A prepended mark (e.g. U+0600) can pull a following space into its
     * cluster; that space is collapsed like any other.
     */
    private static void writeText(String cluster, OutputWriter out) {
        if (cluster.codePoints().noneMatch(Graphemes::isSpace)) {
            out.write(cluster);
            return;
        }
        cluster.codePoints().forEach(cp -> {
            if (Graphemes.isSpace(cp)) {
                out.space();
            } else {
                out.write(Character.toString(cp));
            }
        });
    }

    private void writeEntity(EntityScanner.Match match, String clean, OutputWriter out, List<TextEntity> entities) {
        String text = clean.substring(match.start(), match.end());
        TextEntity entity = switch (match.type()) {
            case URL -> replace(EntityType.URL, text, text, options.urls(), options.urlPlaceholder(), out);
            case MENTION -> replace(EntityType.MENTION, text, text.substring(1), options.mentions(),
                    options.mentionPlaceholder(), out);
            case HASHTAG -> hashtag(text, clean, match.start(), match.end(), out);
            case EMOJI -> throw new IllegalStateException("the scanner does not report emoji");
        };
        entities.add(entity);
    }

    private static TextEntity replace(EntityType type, String text, String form, EntityMode mode, String placeholder,
                                      OutputWriter out) {
        return switch (mode) {
            case KEEP -> written(type, text, form, text, out);
            case PLACEHOLDER -> written(type, text, form, placeholder, out);
            case REMOVE -> removed(type, text, form, out);
        };
    }

    private TextEntity hashtag(String text, String clean, int start, int end, OutputWriter out) {
        String body = RepeatLimiter.cap(text.substring(1), options.maxLetterRepeat(), options.maxPunctuationRepeat());
        List<String> words = hashtags.get().words(body);
        String form = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC);
        return switch (options.hashtags()) {
            case KEEP -> written(EntityType.HASHTAG, text, form, text, out);
            case SEGMENT -> {
                boolean emojiFirst = !words.isEmpty() && Graphemes.isEmoji(words.get(0));
                boolean emojiLast = !words.isEmpty() && Graphemes.isEmoji(words.get(words.size() - 1));
                if (gluesToPrevious(clean, start) || (emojiFirst && options.separateEmoji())) {
                    out.space();
                }
                TextEntity entity = written(EntityType.HASHTAG, text, form, form, out);
                if (wouldStartUrl(words, clean, end) || (emojiLast && options.separateEmoji())) {
                    out.space();
                }
                yield entity;
            }
            case REMOVE -> removed(EntityType.HASHTAG, text, form, out);
        };
    }

    /**
     * Whether the words of a hashtag at {@code start} would join what precedes them once the
     * {@code #} is gone: {@code www.#tag} would become a URL, {@code @bob.#tag} or {@code @bob-#tag}
     * a longer handle, and after a combining mark they would continue whatever the mark belongs
     * to. A space keeps the second pass from reading anything new.
     */
    private static boolean gluesToPrevious(String clean, int start) {
        if (start == 0) {
            return false;
        }
        int before = clean.codePointBefore(start);
        return before == '.' || before == '-' || Graphemes.extendsPrevious(before)
                || Character.getType(before) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether the last word and what follows would read as a URL once the {@code #} is gone
     * ({@code #http://…}, {@code #WWW.…}); a space then keeps a second pass from finding one.
     */
    private static boolean wouldStartUrl(List<String> words, String clean, int end) {
        if (words.isEmpty() || end >= clean.length()) {
            return false;
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        char next = clean.charAt(end);
        return ((last.endsWith("http") || last.endsWith("https")) && next == ':') || (last.endsWith("www") && next == '.');
    }

    private static TextEntity written(EntityType type, String text, String form, String replacement, OutputWriter out) {
        int start = out.write(replacement);
        return new TextEntity(type, text, form, start, out.length());
    }

    private static TextEntity removed(EntityType type, String text, String form, OutputWriter out) {
        out.space();
        return new TextEntity(type, text, form, out.length(), out.length());
    }
}
