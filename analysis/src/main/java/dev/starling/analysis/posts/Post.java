package dev.starling.analysis.posts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One social media post, platform-neutral.
 *
 * @param id           the platform's post id (unique together with {@code platform})
 * @param platform     the source platform
 * @param author       who wrote it
 * @param createdAt    when it was published (null if unknown)
 * @param text         the original text, exactly as published (HTML already turned to text)
 * @param language     BCP-47-ish code given by the source (e.g. "en", "zh"), or null; detection fills it later
 * @param replyTo      id of the post this one answers, or null
 * @param quoteOf      id of the quoted post, or null
 * @param repostOf     id of the reposted post, or null
 * @param metrics      engagement counts
 * @param hashtags     hashtags without '#', as written
 * @param mentions     mentioned handles without '@', as written
 * @param urls         expanded URLs where the source gives them, else as written
 * @param media        attachments
 */
public record Post(String id, Platform platform, Author author, Instant createdAt, String text, String language,
                   String replyTo, String quoteOf, String repostOf, Metrics metrics,
                   List<String> hashtags, List<String> mentions, List<String> urls, List<Media> media) {
    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        author = author == null ? Author.unknown() : author;
        text = text == null ? "" : text;
        metrics = metrics == null ? Metrics.none() : metrics;
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        urls = urls == null ? List.of() : List.copyOf(urls);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A minimal post: id, platform and text only. */
    public static Post of(String id, Platform platform, String text) {
        return new Post(id, platform, null, null, text, null, null, null, null, null, null, null, null, null);
    }

    public Post withText(String newText) {
        return new Post(id, platform, author, createdAt, newText, language, replyTo, quoteOf, repostOf, metrics,
                hashtags, mentions, urls, media);
    }

    public Post withAuthor(Author newAuthor) {
        return new Post(id, platform, newAuthor, createdAt, text, language, replyTo, quoteOf, repostOf, metrics,
                hashtags, mentions, urls, media);
    }

    public Post withLanguage(String newLanguage) {
        return new Post(id, platform, author, createdAt, text, newLanguage, replyTo, quoteOf, repostOf, metrics,
                hashtags, mentions, urls, media);
    }

    public Post withEntities(List<String> newHashtags, List<String> newMentions, List<String> newUrls, List<Media> newMedia) {
        return new Post(id, platform, author, createdAt, text, language, replyTo, quoteOf, repostOf, metrics,
                newHashtags, newMentions, newUrls, newMedia);
    }
}
