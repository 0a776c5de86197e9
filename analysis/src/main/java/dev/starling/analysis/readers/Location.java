package dev.starling.analysis.readers;

/**
 * Where a record starts: its 1-based line, and its 0-based index in the enclosing JSON array when it
 * came out of one ({@code element < 0} otherwise).
 */
public record Location(long line, long element) {
    public static Location line(long line) {
        return new Location(line, -1);
    }

    @Override
    public String toString() {
        return element < 0 ? "line " + line : "line " + line + " (element " + element + ")";
    }
}
