/**
 * Mastodon API statuses (a JSON array such as a timeline page, search results, a thread context, or
 * JSON Lines). Content is HTML; {@link dev.starling.analysis.readers.mastodon.HtmlText} turns it into
 * the plain text the user wrote, keeping link text and collecting the links. A boost ({@code reblog})
 * becomes a post by the booster whose text and entities are the boosted status's and whose
 * {@code repostOf} is its id. A content warning ({@code spoiler_text}) is part of what was published
 * and is kept in front of the text.
 */
package dev.starling.analysis.readers.mastodon;
