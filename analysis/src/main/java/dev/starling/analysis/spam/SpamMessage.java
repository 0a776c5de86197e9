package dev.starling.analysis.spam;

/**
 * One labelled message of a spam corpus.
 *
 * @param corpus the collection it comes from, e.g. {@code youtube} or {@code sms}
 * @param origin where in the collection: file and row, or the YouTube comment id
 * @param text   the message as written
 * @param spam   true for spam, false for a legitimate message ("ham")
 */
public record SpamMessage(String corpus, String origin, String text, boolean spam) {
}
