package dev.starling.analysis.readers.json;

import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadLog;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.fields.RecordException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Expands JSON values into records and maps each to a post. Arrays and containers (per the
 * format's {@link JsonShape}) are opened up, depth first and in order; every record ends as exactly
 * one post or one skip. Only the current value's expansion is queued, never the whole input.
 */
final class JsonPostSource implements PostSource {
    private final JsonValues values;
    private final JsonShape shape;
    private final JsonRecordMapper mapper;
    private final ReadLog log;
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(Object value, Map<String, Object> document, Location where) {
    }

    JsonPostSource(JsonValues values, JsonShape shape, JsonRecordMapper mapper, ReadLog log) {
        this.values = values;
        this.shape = shape;
        this.mapper = mapper;
        this.log = log;
    }

    @Override
    public Post next() throws IOException {
        while (true) {
            Pending p = pending.pollFirst();
            if (p == null) {
                JsonValue v = values.next();
                if (v == null) {
                    return null;
                }
                p = new Pending(v.value(), v.document(), v.where());
            }
            Post post = handle(p);
            if (post != null) {
                return post;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Post handle(Pending p) {
        if (p.value instanceof List<?> list) {
            pushFront(list, p.document, p.where.line());
            return null;
        }
        if (!(p.value instanceof Map<?, ?> raw)) {
            log.skip(p.where, SkipKind.WRONG_TYPE, "expected a JSON object but found " + Fields.describe(p.value));
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        List<Object> containers = shape.containersIn(m);
        for (int i = containers.size() - 1; i >= 0; i--) { // reversed: the first container is read first
            if (containers.get(i) instanceof List<?> list) {
                pushFront(list, m, p.where.line());
            } else {
                pending.addFirst(new Pending(containers.get(i), m, p.where));
            }
        }
        return containers.isEmpty() ? map(m, p) : null;
    }

    private Post map(Map<String, Object> m, Pending p) {
        try {
            List<Object> nested = mapper.nested(m);
            pushFront(nested, p.document, p.where.line());
            return mapper.map(m, p.document, new RecordContext(log, p.where));
        } catch (RecordException e) {
            log.skip(p.where, e.kind(), e.getMessage());
        } catch (RuntimeException e) { // a mapper bug must cost one record, not the stream
            log.skip(p.where, SkipKind.MALFORMED, "could not be mapped: " + e);
        }
        return null;
    }

    private void pushFront(List<?> list, Map<String, Object> document, long line) {
        for (int i = list.size() - 1; i >= 0; i--) {
            pending.addFirst(new Pending(list.get(i), document, new Location(line, i)));
        }
    }
}
