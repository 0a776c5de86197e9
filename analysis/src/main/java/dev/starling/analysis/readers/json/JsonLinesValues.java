package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.ReadLog;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.io.CharInput;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;

import java.io.IOException;

/** JSON Lines: one value per non-blank line; a line that does not parse is skipped as malformed. */
final class JsonLinesValues implements JsonValues {
    private final CharInput in;
    private final ReadLog log;

    JsonLinesValues(CharInput in, ReadLog log) {
        this.in = in;
        this.log = log;
    }

    @Override
    public JsonValue next() throws IOException {
        while (true) {
            long line = in.line();
            String s = in.readLine();
            if (s == null) {
                return null;
            }
            if (s.isBlank()) {
                continue;
            }
            try {
                return new JsonValue(Json.parse(s.strip()), Location.line(line));
            } catch (JsonException e) {
                log.skip(Location.line(line), SkipKind.MALFORMED, "not valid JSON: " + e.getMessage());
            }
        }
    }
}
