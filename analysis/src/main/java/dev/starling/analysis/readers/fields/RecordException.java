package dev.starling.analysis.readers.fields;

import dev.starling.analysis.readers.SkipKind;

/** Thrown by a mapper to skip the current record with a reason; the read goes on. */
public final class RecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final SkipKind kind;

    public RecordException(SkipKind kind, String message) {
        super(message, null, false, false); // no stack trace: this is control flow over bad data
        this.kind = kind;
    }

    public SkipKind kind() {
        return kind;
    }

    public static RecordException missing(String field) {
        return new RecordException(SkipKind.MISSING_FIELD, "no '" + field + "'");
    }

    public static RecordException wrongType(String field, String expected, Object found) {
        return new RecordException(SkipKind.WRONG_TYPE, "'" + field + "' should be " + expected + " but is "
                + Fields.describe(found));
    }
}
