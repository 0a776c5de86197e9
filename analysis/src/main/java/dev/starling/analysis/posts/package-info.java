/**
 * The platform-neutral post model: one {@link dev.starling.analysis.posts.Post} whatever the source
 * (X/Twitter, Reddit, Mastodon, Bluesky, CSV, plain text), with its author, links to other posts,
 * engagement metrics, entities and media. Readers produce it; privacy, normalisation, storage and the
 * analyses consume it.
 */
package dev.starling.analysis.posts;
