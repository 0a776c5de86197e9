package dev.starling.analysis.readers;

/**
 * Something worth knowing that did not cost a record (invalid UTF-8 replaced, an unparseable
 * timestamp left empty, a truncated gzip stream). {@code line} is 0 when it concerns the whole input.
 */
public record ReadWarning(long line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
