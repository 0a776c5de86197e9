package dev.starling.analysis.readers.csv;

import dev.starling.analysis.readers.CsvField;
import dev.starling.analysis.readers.CsvOptions;
import dev.starling.analysis.readers.ReadException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column fills which post field, resolved once against the header. */
final class CsvColumns {
    private final Map<CsvField, Integer> index;
    private final int width;

    private CsvColumns(Map<CsvField, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * Named columns must exist; other fields take the first header matching their guesses. Without a
     * text column there is nothing to read, which is an error for the whole file.
     */
    static CsvColumns resolve(List<String> header, CsvOptions options) throws ReadException {
        List<String> normalised = header.stream().map(CsvField::normalise).toList();
        Map<CsvField, Integer> index = new EnumMap<>(CsvField.class);
        for (CsvField f : CsvField.values()) {
            String named = options.columns().get(f);
            int at = named != null ? normalised.indexOf(CsvField.normalise(named)) : guess(normalised, f);
            if (named != null && at < 0) {
                throw new ReadException("CSV column '" + named + "' for " + f.id() + " is not in the header " + header);
            }
            if (at >= 0) {
                index.put(f, at);
            }
        }
        if (!index.containsKey(CsvField.TEXT)) {
            throw new ReadException("CSV: no text column in the header " + header + " (looked for "
                    + String.join(", ", CsvField.TEXT.guesses()) + "); name one, e.g. text=<header>");
        }
        return new CsvColumns(index, header.size());
    }

    private static int guess(List<String> normalised, CsvField f) {
        for (String g : f.guesses()) {
            int at = normalised.indexOf(g);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The number of columns every row must have. */
    int width() {
        return width;
    }

    /** The cell for {@code f}, stripped; null when no column fills it or the cell is empty. */
    String get(List<String> row, CsvField f) {
        Integer at = index.get(f);
        if (at == null) {
            return null;
        }
        String v = row.get(at).strip();
        return v.isEmpty() ? null : v;
    }

    /** The cell for {@code f} exactly as written (text keeps its white space). */
    String raw(List<String> row, CsvField f) {
        Integer at = index.get(f);
        return at == null ? null : row.get(at);
    }
}
