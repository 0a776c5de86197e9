package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.ReadLog;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;

import dev.starling.analysis.readers.io.CharInput;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Values out of one or more concatenated JSON documents, in bounded memory. A top-level array is
 * streamed element by element. A top-level object larger than {@code wholeLimit} characters is walked
 * member by member down the shape's container paths, streaming the array found there; only one
 * element is ever held as text. A smaller object is parsed whole: if it holds a container, its text is
 * walked the same way (so each record keeps its own line) with the parsed document attached to every
 * value; if not, it is itself a record.
 *
 * <p>When the structure breaks (a stray character, a record cut off by the end of the input), the
 * damage is reported as one malformed record and reading resumes at the next line that starts with
 * '{' or '[', so a corrupt spot in a pretty-printed array costs the records around it, not the file.
 */
final class JsonDocumentValues implements JsonValues {
    /** Top-level objects up to this size are parsed whole (a 1 MB post fits with room to spare). */
    static final int WHOLE_VALUE_CHARS = 4 << 20;
    /** A capture buffer that grew beyond this for one huge record is dropped afterwards. */
    private static final int KEEP_BUFFER = 1 << 20;

    private final JsonScanner scan;
    private final JsonShape shape;
    private final int wholeLimit;
    private final ReadLog log;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private StringBuilder text = new StringBuilder();
    private boolean done;
    /** The walk through a small document parsed whole, and that document. */
    private JsonDocumentValues inner;
    private Map<String, Object> innerDocument;
    private Location innerWhere;
    private String innerError;
    /** Whether a container path was found (a walk that finds none yields nothing). */
    private boolean enteredContainer;

    /** An open array (streamed) or object (walked toward a container path) and how far in we are. */
    private static final class Frame {
        final boolean array;
        final List<List<String>> paths;
        final int level;
        boolean first = true;
        long index;

        Frame(boolean array, List<List<String>> paths, int level) {
            this.array = array;
            this.paths = paths;
            this.level = level;
        }
    }

    /**
     * @param shape      the container paths to walk to inside top-level objects
     * @param wholeLimit parse top-level objects whole up to this many characters (0: always walk)
     */
    JsonDocumentValues(JsonScanner scan, JsonShape shape, int wholeLimit, ReadLog log) {
        this.scan = scan;
        this.shape = shape;
        this.wholeLimit = wholeLimit;
        this.log = log;
    }

    @Override
    public JsonValue next() throws IOException {
        while (!done) {
            if (inner != null) {
                JsonValue v = inner.next();
                if (v != null) {
                    return new JsonValue(v.value(), v.where(), innerDocument);
                }
                if (innerError != null && !inner.enteredContainer) {
                    log.skip(innerWhere, SkipKind.MALFORMED, innerError);
                }
                inner = null;
                innerDocument = null;
                continue;
            }
            try {
                JsonValue v = stack.isEmpty() ? topLevel() : step(stack.peek());
                if (v != null) {
                    return v;
                }
            } catch (JsonScanException e) {
                log.skip(e.where(), SkipKind.MALFORMED, e.getMessage());
                resync(e.where().line());
            }
        }
        return null;
    }

    private JsonValue topLevel() throws IOException {
        int c = scan.skipWhitespace();
        if (c < 0) {
            done = true;
            return null;
        }
        if (c == ',' || c == ']' || c == '}' || c == ';') {
            scan.read(); // separators left over after a resync, or a JavaScript statement's ';'
            return null;
        }
        if (c == '[') {
            scan.read();
            stack.push(new Frame(true, List.of(), 0));
            return null;
        }
        if (c == '{') {
            if (wholeLimit > 0 && scan.valueFitsIn(wholeLimit)) {
                return whole();
            }
            scan.read();
            stack.push(new Frame(false, shape.containers(), 0));
            return null;
        }
        throw scan.error("expected '{' or '[' but found " + JsonScanner.describe(c));
    }

    private JsonValue step(Frame f) throws IOException {
        char close = f.array ? ']' : '}';
        int c = scan.skipWhitespace();
        if (!f.first && c == ',') {
            scan.read();
            c = scan.skipWhitespace();
        } else if (!f.first && c != close) {
            throw scan.error("expected ',' or '" + close + "' but found " + JsonScanner.describe(c));
        }
        if (c == close) { // also forgives a trailing comma
            scan.read();
            stack.pop();
            return null;
        }
        f.first = false;
        return f.array ? capture(f.index++) : member(f);
    }

    private JsonValue member(Frame f) throws IOException {
        String key = scan.readKey();
        scan.expect(':');
        int c = scan.skipWhitespace();
        List<List<String>> next = f.paths.stream()
                .filter(p -> p.size() > f.level && p.get(f.level).equals(key)).toList();
        boolean complete = next.stream().anyMatch(p -> p.size() == f.level + 1);
        enteredContainer |= complete && (c == '[' || c == '{');
        if (complete && c == '[') {
            scan.read();
            stack.push(new Frame(true, List.of(), 0));
        } else if (complete && c == '{') {
            return capture(-1);
        } else if (!next.isEmpty() && c == '{') {
            scan.read();
            stack.push(new Frame(false, next, f.level + 1));
        } else {
            scan.skipValue();
        }
        return null;
    }

    /** Cuts out the value starting here and parses it; a value that does not parse is skipped. */
    private JsonValue capture(long index) throws IOException {
        Location where = new Location(scan.line(), index);
        return parse(cut(where), where);
    }

    /**
     * A small top-level object: a record itself, or a document whose containers are walked. When it
     * does not parse as a whole, its containers are still walked, so one broken record inside costs
     * only itself; only if it has no container is the whole value skipped.
     */
    @SuppressWarnings("unchecked")
    private JsonValue whole() throws IOException {
        Location where = Location.line(scan.line());
        String raw = cut(where);
        Object parsed;
        try {
            parsed = Json.parse(raw);
        } catch (JsonException e) {
            walk(raw, where, null, "not valid JSON: " + e.getMessage());
            return null;
        }
        if (parsed instanceof Map<?, ?> m && !shape.containersIn((Map<String, Object>) m).isEmpty()) {
            walk(raw, where, (Map<String, Object>) m, null);
            return null;
        }
        return new JsonValue(parsed, where);
    }

    private void walk(String raw, Location where, Map<String, Object> document, String parseError) {
        JsonScanner again = new JsonScanner(new CharInput(new StringReader(raw)), where.line() - 1);
        inner = new JsonDocumentValues(again, shape, 0, log);
        innerDocument = document;
        innerWhere = where;
        innerError = parseError;
    }

    private String cut(Location where) throws IOException {
        text.setLength(0);
        try {
            scan.captureValue(text);
        } catch (JsonScanException e) {
            throw new JsonScanException(e.getMessage(), where);
        }
        String raw = text.toString();
        if (text.capacity() > KEEP_BUFFER) {
            text = new StringBuilder();
        }
        return raw;
    }

    private JsonValue parse(String raw, Location where) {
        try {
            return new JsonValue(Json.parse(raw), where);
        } catch (JsonException e) {
            log.skip(where, SkipKind.MALFORMED, "not valid JSON: " + e.getMessage());
            return null;
        }
    }

    /** Skips to the next line that starts with '{' or '[' and reads on from there as top level. */
    private void resync(long brokenLine) throws IOException {
        stack.clear();
        while (true) {
            scan.skipLine();
            int c = scan.skipSpaces();
            if (c < 0) {
                done = true;
                return;
            }
            if (c == '{' || c == '[') {
                log.warn(scan.line(), "JSON structure broken at line " + brokenLine + "; reading resumed here");
                return;
            }
        }
    }
}
