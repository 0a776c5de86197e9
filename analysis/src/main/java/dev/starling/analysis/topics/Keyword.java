package dev.starling.analysis.topics;

/** A topic's term and its weight (c-TF-IDF or another {@link TermWeighter}'s score). */
public record Keyword(String term, double weight) {
}
