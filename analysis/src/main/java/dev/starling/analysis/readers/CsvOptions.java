package dev.starling.analysis.readers;

import java.util.EnumMap;
import java.util.Map;

/**
 * How to read a CSV/TSV file: the delimiter (null: sniffed from the header line among comma, tab
 * and semicolon) and the header name of each column that fills a post field (fields not named here
 * are guessed from {@link CsvField#guesses()}).
 */
public record CsvOptions(Character delimiter, Map<CsvField, String> columns) {
    public CsvOptions {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line break");
        }
    }

    /** Delimiter sniffed, every column guessed. */
    public static CsvOptions guess() {
        return new CsvOptions(null, Map.of());
    }

    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, columns);
    }

    /** Reads {@code field} from the column headed {@code header}. */
    public CsvOptions withColumn(CsvField field, String header) {
        Map<CsvField, String> m = new EnumMap<>(CsvField.class);
        m.putAll(columns);
        m.put(field, header);
        return new CsvOptions(delimiter, m);
    }
}
