package dev.starling.analysis.readers.csv;

/** A row that breaks the CSV syntax (an unterminated quote, an endless field). */
final class CsvSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    CsvSyntaxException(String message, long line) {
        super(message, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }
}
