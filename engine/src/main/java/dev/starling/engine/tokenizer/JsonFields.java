package dev.starling.engine.tokenizer;

import java.util.List;
import java.util.Map;

/**
 * Typed reads from the maps and lists that {@code Json} returns, each failing with an
 * {@link IllegalArgumentException} that names the source and the JSON path, so a malformed
 * tokenizer.json never surfaces as a ClassCastException or NullPointerException.
 *
 * @param source a name for the file being read, e.g. its path
 */
record JsonFields(String source) {

    IllegalArgumentException error(String path, String problem) {
        return new IllegalArgumentException(source + ": " + path + ": " + problem);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw error(path, "expected an object, found " + describe(value));
    }

    /** The object at {@code key}, or null when the key is absent or null. */
    Map<String, Object> optionalObject(Map<String, Object> parent, String key, String path) {
        Object v = parent.get(key);
        return v == null ? null : object(v, path + "." + key);
    }

    List<?> list(Object value, String path) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw error(path, "expected an array, found " + describe(value));
    }

    String string(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        throw error(path, "expected a string, found " + describe(value));
    }

    String string(Map<String, Object> parent, String key, String path, String fallback) {
        Object v = parent.get(key);
        return v == null ? fallback : string(v, path + "." + key);
    }

    int integer(Object value, String path) {
        if (value instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw error(path, "expected a non-negative integer, found " + describe(value));
    }

    int integer(Map<String, Object> parent, String key, String path, int fallback) {
        Object v = parent.get(key);
        return v == null ? fallback : integer(v, path + "." + key);
    }

    /** A boolean, or null when the key is absent or null (HF's {@code Option<bool>}). */
    Boolean optionalBoolean(Map<String, Object> parent, String key, String path) {
        Object v = parent.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw error(path + "." + key, "expected true, false or null, found " + describe(v));
    }

    boolean bool(Map<String, Object> parent, String key, String path, boolean fallback) {
        Boolean b = optionalBoolean(parent, key, path);
        return b == null ? fallback : b;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        String s = String.valueOf(v);
        return v.getClass().getSimpleName() + " " + (s.length() > 40 ? s.substring(0, 40) + "…" : s);
    }
}
