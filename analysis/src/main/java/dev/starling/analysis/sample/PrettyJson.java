package dev.starling.analysis.sample;

import dev.starling.engine.json.JsonWriter;

import java.util.Collection;
import java.util.Map;

/**
 * Indented JSON in two house styles: the X archive's ({@code "key" : value}, every array element on its own
 * line, {@code [ ]} for empty arrays) and the manifest's (standard {@code "key": value}, objects of scalars
 * kept on one line so long ground-truth lists stay readable).
 */
final class PrettyJson {
    private final String colon;
    private final boolean inlineFlat;

    private PrettyJson(String colon, boolean inlineFlat) {
        this.colon = colon;
        this.inlineFlat = inlineFlat;
    }

    static String archiveStyle(Object v, int indent) {
        StringBuilder sb = new StringBuilder();
        new PrettyJson(" : ", false).write(sb, v, indent);
        return sb.toString();
    }

    static String manifestStyle(Object v) {
        StringBuilder sb = new StringBuilder();
        new PrettyJson(": ", true).write(sb, v, 0);
        return sb.append('\n').toString();
    }

    private void write(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            map(sb, m, indent);
        } else if (v instanceof Collection<?> c) {
            list(sb, c, indent);
        } else {
            JsonWriter.write(sb, v);
        }
    }

    private void map(StringBuilder sb, Map<?, ?> m, int indent) {
        if (m.isEmpty()) {
            sb.append("{ }");
            return;
        }
        boolean inline = inlineFlat && flat(m.values());
        sb.append(inline ? "{" : "{\n");
        int k = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!inline) {
                pad(sb, indent + 2);
            }
            JsonWriter.quote(sb, String.valueOf(e.getKey()));
            sb.append(colon);
            write(sb, e.getValue(), indent + 2);
            sb.append(++k == m.size() ? (inline ? "" : "\n") : (inline ? ", " : ",\n"));
        }
        (inline ? sb : pad(sb, indent)).append('}');
    }

    private void list(StringBuilder sb, Collection<?> c, int indent) {
        if (c.isEmpty()) {
            sb.append("[ ]");
            return;
        }
        boolean inline = inlineFlat && flat(c);
        sb.append(inline ? "[" : "[\n");
        int k = 0;
        for (Object o : c) {
            if (!inline) {
                pad(sb, indent + 2);
            }
            write(sb, o, indent + 2);
            sb.append(++k == c.size() ? (inline ? "" : "\n") : (inline ? ", " : ",\n"));
        }
        (inline ? sb : pad(sb, indent)).append(']');
    }

    private static boolean flat(Collection<?> values) {
        for (Object o : values) {
            if (o instanceof Map || o instanceof Collection) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder pad(StringBuilder sb, int n) {
        return sb.append(" ".repeat(n));
    }
}
