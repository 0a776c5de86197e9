package dev.starling.analysis.sample;

/** A piece of personal data planted in a post: {@code value} occurs verbatim in the post's plain text. */
record PlantedPii(PiiType type, String value) {
}
