package dev.starling.engine.json;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON text. Strings are escaped so that the output is valid UTF-8 JSON even for
 * lone surrogates (written as {@code \\uXXXX}) and control characters.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** Serialises maps, collections, strings, numbers, booleans, float[]/int[]/long[] and null. */
    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String str) {
            quote(sb, str);
        } else if (v instanceof Float f) {
            number(sb, f);
        } else if (v instanceof Double d) {
            number(sb, d);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else if (v instanceof float[] a) {
            floats(sb, a);
        } else if (v instanceof int[] a) {
            sb.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                sb.append(a[k]);
            }
            sb.append(']');
        } else if (v instanceof long[] a) {
            sb.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                sb.append(a[k]);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    /** Floats in the shortest form that reads back to the same float; NaN/Infinity as null. */
    public static void floats(StringBuilder sb, float[] a) {
        sb.append('[');
        for (int k = 0; k < a.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            number(sb, a[k]);
        }
        sb.append(']');
    }

    private static void number(StringBuilder sb, float f) {
        if (Float.isFinite(f)) {
            sb.append(f);
        } else {
            sb.append("null");
        }
    }

    private static void number(StringBuilder sb, double d) {
        if (Double.isFinite(d)) {
            sb.append(d);
        } else {
            sb.append("null");
        }
    }

    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || isLoneSurrogate(s, k)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean isLoneSurrogate(String s, int k) {
        char c = s.charAt(k);
        if (Character.isHighSurrogate(c)) {
            return k + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(k + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return k == 0 || !Character.isHighSurrogate(s.charAt(k - 1));
        }
        return false;
    }
}
