/**
 * Reading posts from files: X API v2 responses and account archives, Reddit dumps and listings,
 * Mastodon statuses, Bluesky posts, CSV/TSV and plain text, all into the platform-neutral
 * {@link dev.starling.analysis.posts.Post}.
 *
 * <p>{@link dev.starling.analysis.readers.PostReaders#open} is the entry point. Each format is a
 * {@link dev.starling.analysis.readers.PostFormat} found through {@link java.util.ServiceLoader};
 * the one most confident about the first 16 KB of content reads the input unless the caller names
 * one. Posts come out of a {@link dev.starling.analysis.readers.PostStream} one at a time in memory
 * bounded by the largest record, never the file: JSON Lines stream by line, and single JSON
 * documents (an X response, a Mastodon array, {@code tweets.js}) are cut into their array elements
 * by a small tokeniser rather than parsed whole.
 *
 * <p>Bad input loses as little as possible. Gzip is recognised by its magic bytes, and a truncated
 * gzip file yields what was decompressed before the damage. Invalid UTF-8 becomes U+FFFD with a
 * warning. A record that cannot become a post (broken JSON, no id or text, a field of the wrong type,
 * a deleted comment) is skipped and listed with its line, and element index where it came out of a
 * JSON array, in the {@link dev.starling.analysis.readers.ReadReport}; the rest is read.
 *
 * <p>Sub-packages: {@code io} (bytes and characters), {@code fields} (typed field access shared by
 * the mappers), {@code json} (bounded-memory JSON reading), and one package per platform.
 */
package dev.starling.analysis.readers;
