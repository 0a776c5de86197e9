package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.Location;

import java.util.Map;

/**
 * One parsed JSON value (a line, or an element of a streamed array), where it starts, and the
 * document it was cut out of when that document was small enough to parse whole (else null).
 */
record JsonValue(Object value, Location where, Map<String, Object> document) {
    JsonValue(Object value, Location where) {
        this(value, where, null);
    }
}
