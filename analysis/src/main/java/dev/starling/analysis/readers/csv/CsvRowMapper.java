package dev.starling.analysis.readers.csv;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.CsvField;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.fields.RecordException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** One CSV row to a post. Without an id column, the row's line number is its id. */
final class CsvRowMapper {
    private static final Set<String> EMPTY_MARKERS = Set.of("na", "n/a", "null", "none", "nan", "-");
    private static final Pattern INTEGRAL = Pattern.compile("-?\\d{1,18}(\\.0+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private final CsvColumns columns;

    CsvRowMapper(CsvColumns columns) {
        this.columns = columns;
    }

    Post map(CsvParser.Row row, RecordContext context) {
        List<String> cells = row.fields();
        String text = columns.raw(cells, CsvField.TEXT);
        if (text == null || text.isBlank()) {
            throw new RecordException(SkipKind.MISSING_FIELD, "empty text");
        }
        String id = columns.get(cells, CsvField.ID);
        Metrics metrics = new Metrics(count(cells, CsvField.LIKES), count(cells, CsvField.REPOSTS),
                count(cells, CsvField.REPLIES), count(cells, CsvField.QUOTES), count(cells, CsvField.VIEWS));
        return new Post(id != null ? id : String.valueOf(row.line()), Platform.CSV, author(cells),
                context.time(CsvField.TIME.id(), columns.get(cells, CsvField.TIME)), text,
                columns.get(cells, CsvField.LANGUAGE), columns.get(cells, CsvField.REPLY_TO), null, null,
                metrics, null, null, null, null);
    }

    private Author author(List<String> cells) {
        String handle = columns.get(cells, CsvField.AUTHOR);
        String id = columns.get(cells, CsvField.AUTHOR_ID);
        if (handle != null && handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        if (handle == null && id == null) {
            return null;
        }
        return new Author(id != null ? id : handle, handle, null, null);
    }

    /** A count cell: empty or NA-like is unknown; "1,234" and "12.0" are read; anything else is an error. */
    private Long count(List<String> cells, CsvField f) {
        String v = columns.get(cells, f);
        if (v == null || EMPTY_MARKERS.contains(v.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (INTEGRAL.matcher(v).matches()) {
            int dot = v.indexOf('.');
            return Long.parseLong(dot < 0 ? v : v.substring(0, dot));
        }
        if (GROUPED.matcher(v).matches()) {
            return Long.parseLong(v.replace(",", ""));
        }
        throw new RecordException(SkipKind.WRONG_TYPE, "'" + f.id() + "' should be a count but is '" + v + "'");
    }
}
