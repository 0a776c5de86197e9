/**
 * Labelled social media tasks: the TweetEval benchmark (its seven tasks, files and official
 * metrics) and the SemEval-2017 sentiment pool that supplies sentiment's training text, cleaned of
 * every test tweet.
 */
package dev.starling.analysis.tasks;
