package dev.starling.analysis.posts;

/** An attachment: {@code type} is photo, video, gif, link or other; {@code altText} may be null. */
public record Media(String type, String url, String altText) {
}
