package dev.starling.analysis.readers.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading fields out of a parsed JSON object ({@link dev.starling.engine.json.Json} values). Absent
 * and JSON {@code null} read as null; a value of the wrong type throws {@link RecordException}.
 */
public final class Fields {
    private Fields() {
    }

    /** A string field. */
    public static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw RecordException.wrongType(key, "a string", v);
    }

    /** An id: a string, or an integral number (some exports write ids as numbers). */
    public static String id(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return v == null || ((String) v).isBlank() ? null : (String) v;
        }
        if (v instanceof Long l) {
            return l.toString();
        }
        throw RecordException.wrongType(key, "a string id", v);
    }

    /** An id that must be there. */
    public static String requiredId(Map<String, Object> m, String key) {
        String id = id(m, key);
        if (id == null) {
            throw RecordException.missing(key);
        }
        return id;
    }

    /** A string that must be there (it may be empty). */
    public static String requiredString(Map<String, Object> m, String key) {
        String s = string(m, key);
        if (s == null) {
            throw RecordException.missing(key);
        }
        return s;
    }

    /** A count: a number, or a string of digits (X archives write counts as strings). */
    public static Long count(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (v instanceof String s && s.matches("-?\\d{1,18}")) {
            return Long.parseLong(s);
        }
        throw RecordException.wrongType(key, "a count", v);
    }

    /** A nested object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw RecordException.wrongType(key, "an object", v);
    }

    /** The object at a path of keys, or null when any step is absent. */
    public static Map<String, Object> path(Map<String, Object> m, String... keys) {
        Map<String, Object> cur = m;
        for (String k : keys) {
            cur = cur == null ? null : object(cur, k);
        }
        return cur;
    }

    /** An array of objects (empty when absent); elements that are not objects are a wrong type. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw RecordException.wrongType(key, "an array", v);
        }
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (Object e : list) {
            if (!(e instanceof Map)) {
                throw RecordException.wrongType(key + "[]", "an object", e);
            }
            out.add((Map<String, Object>) e);
        }
        return out;
    }

    /** An array of strings (empty when absent). */
    public static List<String> strings(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw RecordException.wrongType(key, "an array", v);
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object e : list) {
            if (!(e instanceof String s)) {
                throw RecordException.wrongType(key + "[]", "a string", e);
            }
            out.add(s);
        }
        return out;
    }

    /** The string field {@code key} of each object in the array {@code arrayKey}, nulls left out. */
    public static List<String> pluck(Map<String, Object> m, String arrayKey, String key) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : objects(m, arrayKey)) {
            String s = string(e, key);
            if (s != null && !s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A short description of a JSON value's type for messages. */
    public static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
