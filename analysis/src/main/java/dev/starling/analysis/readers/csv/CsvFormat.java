package dev.starling.analysis.readers.csv;

import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.CsvField;
import dev.starling.analysis.readers.CsvOptions;
import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.PostFormat;
import dev.starling.analysis.readers.PostSource;
import dev.starling.analysis.readers.ReadInput;
import dev.starling.analysis.readers.ReadLog;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.fields.RecordException;
import dev.starling.analysis.readers.io.CharInput;
import dev.starling.analysis.readers.io.Head;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** CSV/TSV with a header row; columns mapped by {@link CsvOptions}. */
public final class CsvFormat implements PostFormat {
    private static final Set<String> TEXT_HEADERS = Set.copyOf(CsvField.TEXT.guesses());
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,40}");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV/TSV with a header row (delimiter , tab or ; sniffed); columns guessed or mapped with field=header";
    }

    /**
     * Confident when the header names a known text column. A header of three or more identifier-like
     * names with as many delimiters on the next line is a weaker sign; plain sentences with commas
     * are neither, so prose is not mistaken for CSV.
     */
    @Override
    public double sniff(byte[] head) {
        Head h = new Head(head);
        if (h.looksLikeJson()) {
            return 0;
        }
        String first = h.firstLine();
        char d = CsvDialect.delimiter(first);
        int n = CsvDialect.count(first, d);
        if (n == 0) {
            return 0;
        }
        List<String> header = CsvDialect.split(first, d).stream().map(String::strip).toList();
        if (header.stream().map(CsvField::normalise).anyMatch(TEXT_HEADERS::contains)) {
            return 0.8;
        }
        String[] lines = h.text().split("\n", 3);
        boolean identifiers = header.stream().allMatch(s -> IDENTIFIER.matcher(s).matches());
        return n >= 2 && identifiers && lines.length > 1 && CsvDialect.count(lines[1], d) == n ? 0.3 : 0;
    }

    @Override
    public PostSource open(ReadInput input) throws IOException {
        CharInput in = input.chars();
        CsvOptions options = input.options().csv();
        char delimiter = options.delimiter() != null ? options.delimiter() : CsvDialect.delimiter(firstLine(in));
        CsvParser parser = new CsvParser(in, delimiter);
        CsvParser.Row header = parser.next();
        if (header == null) {
            return () -> null;
        }
        CsvColumns columns = CsvColumns.resolve(header.fields().stream().map(String::strip).toList(), options);
        return new Rows(parser, columns, new CsvRowMapper(columns), input.log());
    }

    /** The first line, looked at without consuming it. */
    private static String firstLine(CharInput in) throws IOException {
        in.ensure(1 << 16);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < in.available() && in.charAt(k) != '\n'; k++) {
            sb.append(in.charAt(k));
        }
        return sb.toString();
    }

    /** Rows to posts; broken rows are skipped with their line. */
    private record Rows(CsvParser parser, CsvColumns columns, CsvRowMapper mapper, ReadLog log) implements PostSource {
        @Override
        public Post next() throws IOException {
            while (true) {
                CsvParser.Row row;
                try {
                    row = parser.next();
                } catch (CsvSyntaxException e) {
                    log.skip(Location.line(e.line()), SkipKind.MALFORMED, e.getMessage());
                    continue;
                }
                if (row == null) {
                    return null;
                }
                Location where = Location.line(row.line());
                if (row.fields().size() != columns.width()) {
                    log.skip(where, SkipKind.MALFORMED, row.fields().size() + " fields but the header has " + columns.width());
                    continue;
                }
                try {
                    return mapper.map(row, new RecordContext(log, where));
                } catch (RecordException e) {
                    log.skip(where, e.kind(), e.getMessage());
                }
            }
        }
    }
}
