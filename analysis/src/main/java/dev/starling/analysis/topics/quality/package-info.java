/**
 * Measures of topic quality used in the BERTopic paper's evaluation (OCTIS): NPMI coherence of
 * each topic's top words over the corpus's documents, and topic diversity, the share of unique
 * words among the top words of all topics. Both take topics as plain word lists, so any model
 * (ours, an LDA baseline) is scored the same way.
 */
package dev.starling.analysis.topics.quality;
