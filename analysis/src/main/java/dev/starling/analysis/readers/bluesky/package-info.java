/**
 * Bluesky {@code app.bsky.feed.post}: post views (getAuthorFeed's {@code {"feed":[{"post":…}]}},
 * searchPosts' {@code {"posts":[…]}}), listRecords items ({@code {"uri","value"}}), Jetstream commit
 * events, and bare records, as documents or JSON Lines. A post's id is the record key of its
 * {@code at://} URI. Hashtags, mentions and links come from the rich-text facets, whose ranges are
 * UTF-8 byte offsets into the text (not character offsets), so mentions are sliced out of the
 * text's UTF-8 bytes.
 */
package dev.starling.analysis.readers.bluesky;
