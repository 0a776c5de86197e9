package dev.starling.analysis.readers.fields;

import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.ReadLog;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * The record being mapped: where it is, and a way to warn about it without skipping it. A bad
 * timestamp, for instance, loses only the timestamp, not the post.
 */
public final class RecordContext {
    private final ReadLog log;
    private final Location where;

    public RecordContext(ReadLog log, Location where) {
        this.log = log;
        this.where = where;
    }

    public Location where() {
        return where;
    }

    public void warn(String message) {
        log.warn(where.line(), message);
    }

    /**
     * A timestamp from a JSON value or CSV cell (string or epoch number); null when absent. An
     * unparseable one gives a warning and null, keeping the post.
     */
    public Instant time(String field, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            if (raw instanceof Number n) {
                return Timestamps.ofEpoch(n);
            }
            if (raw instanceof String s) {
                return Timestamps.parse(s);
            }
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            warn("'" + field + "' " + e.getMessage() + "; left empty");
            return null;
        }
        warn("'" + field + "' is " + Fields.describe(raw) + ", not a timestamp; left empty");
        return null;
    }
}
