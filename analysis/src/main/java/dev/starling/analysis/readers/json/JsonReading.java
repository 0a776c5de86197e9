package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.ReadLog;
import dev.starling.analysis.readers.io.CharInput;

import java.io.IOException;
import java.util.function.Consumer;

/** How JSON-based formats start reading: the layout is detected, then records are mapped. */
public final class JsonReading {
    private JsonReading() {
    }

    /** Reads JSON Lines or documents (detected), records located by {@code shape}. */
    public static PostSource open(ReadInput input, JsonShape shape, JsonRecordMapper mapper) throws IOException {
        JsonValues values = JsonLayout.detect(input.chars()) == JsonLayout.LINES
                ? new JsonLinesValues(input.chars(), input.log())
                : documentValues(input.chars(), shape, JsonDocumentValues.WHOLE_VALUE_CHARS, input.log());
        return new JsonPostSource(values, shape, mapper, input.log());
    }

    /** Reads the input as documents whatever its line structure (e.g. after a JavaScript prefix). */
    public static PostSource openDocument(ReadInput input, JsonShape shape, JsonRecordMapper mapper) {
        JsonValues values = documentValues(input.chars(), shape, JsonDocumentValues.WHOLE_VALUE_CHARS, input.log());
        return new JsonPostSource(values, shape, mapper, input.log());
    }

    /**
     * Every value found at the end of one of {@code shape}'s paths in the documents of {@code in},
     * however large the documents are: top-level objects are always walked, never parsed whole.
     * Used for a first pass that collects side tables (X {@code includes}) before the records.
     */
    public static void collect(CharInput in, JsonShape shape, Consumer<Object> sink)
            throws IOException {
        JsonValues values = documentValues(in, shape, 0, new ReadLog("pre-scan"));
        for (JsonValue v = values.next(); v != null; v = values.next()) {
            sink.accept(v.value());
        }
    }

    private static JsonValues documentValues(CharInput in, JsonShape shape, int wholeLimit, ReadLog log) {
        return new JsonDocumentValues(new JsonScanner(in, 0), shape, wholeLimit, log);
    }
}
