package dev.starling.analysis.readers.json;

import java.io.IOException;

/** Parsed JSON values one at a time; values that do not parse are reported as skipped, not returned. */
interface JsonValues {
    /** The next value, or null at the end of the input. */
    JsonValue next() throws IOException;
}
