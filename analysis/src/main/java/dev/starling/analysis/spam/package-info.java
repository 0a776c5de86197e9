/**
 * Spam filtering for posts: a logistic-regression model over hashed n-grams (package ngrams)
 * that costs microseconds per post, its training recipe on the YouTube and SMS spam
 * collections (deduplicated, seeded, stratified hold-out) and the compact model that ships.
 */
package dev.starling.analysis.spam;
