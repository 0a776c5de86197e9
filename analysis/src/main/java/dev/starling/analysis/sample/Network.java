package dev.starling.analysis.sample;

/** The platform whose conventions (handles, ids, text rendering) a file follows. */
enum Network { X, REDDIT, MASTODON, BLUESKY, WEIBO }
