package dev.starling.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for writing section bodies safely: escaping, the "no data" notice and tables whose
 * cells are always escaped (posts may contain markup, so no cell is ever taken as HTML).
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for use in element content and in quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The notice a section shows instead of an empty chart or table. */
    public static String noData(String why) {
        return "<p class=\"no-data\">No data" + (why == null || why.isEmpty() ? "" : ": " + escape(why)) + "</p>";
    }

    /** A paragraph of escaped text. */
    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    /** A count with thousands separators, e.g. 12,345. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A part of a whole, shown as a percentage with one decimal ("–" for an empty whole). */
    public record Share(long part, long whole) {
        @Override
        public String toString() {
            return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
        }
    }

    /**
     * A table; {@link Number} and {@link Share} cells are formatted and right-aligned, every other
     * cell is escaped text. Without header text the table has no header row.
     */
    public static final class Table {
        private final List<String> headers;
        private final List<Object[]> rows = new ArrayList<>();

        public Table(String... headers) {
            this.headers = List.of(headers);
        }

        public Table row(Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + headers.size() + " columns");
            }
            rows.add(cells.clone());
            return this;
        }

        public String html() {
            StringBuilder sb = new StringBuilder("<div class=\"table-wrap\"><table>");
            if (headers.stream().anyMatch(h -> !h.isEmpty())) {
                sb.append("<thead><tr>");
                for (String h : headers) {
                    sb.append("<th>").append(escape(h)).append("</th>");
                }
                sb.append("</tr></thead>");
            }
            sb.append("<tbody>");
            for (Object[] row : rows) {
                sb.append("<tr>");
                for (Object cell : row) {
                    sb.append(cell(cell));
                }
                sb.append("</tr>");
            }
            return sb.append("</tbody></table></div>").toString();
        }

        private static String cell(Object value) {
            if (value instanceof Long || value instanceof Integer) {
                return "<td class=\"num\">" + count(((Number) value).longValue()) + "</td>";
            }
            if (value instanceof Share share) {
                return "<td class=\"num\">" + escape(share.toString()) + "</td>";
            }
            if (value instanceof Number n) {
                return "<td class=\"num\">" + escape(String.format(Locale.ROOT, "%.2f", n.doubleValue())) + "</td>";
            }
            return "<td>" + escape(value == null ? "" : value.toString()) + "</td>";
        }
    }
}
