package dev.starling.analysis.text;

/** What the normaliser writes in place of a mention or a URL. */
public enum EntityMode {
    /** Leave it as written. */
    KEEP,
    /** Replace it with the configured placeholder (e.g. {@code @user}, {@code http}). */
    PLACEHOLDER,
    /** Drop it (language identification wants the words only). */
    REMOVE
}
