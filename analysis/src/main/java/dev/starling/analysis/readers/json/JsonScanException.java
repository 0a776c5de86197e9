package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.Location;

/** The structure of a JSON document is broken (unbalanced, truncated, stray characters). */
final class JsonScanException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location where;

    JsonScanException(String message, Location where) {
        super(message, null, false, false);
        this.where = where;
    }

    Location where() {
        return where;
    }
}
