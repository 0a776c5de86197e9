package dev.starling.analysis.text;

/** What the normaliser writes in place of a hashtag. */
public enum HashtagMode {
    /** Leave it as written, {@code #} included. */
    KEEP,
    /** Its words in lower case, without {@code #}: {@code #MondayMotivation} gives {@code monday motivation}. */
    SEGMENT,
    /** Drop it. */
    REMOVE
}
