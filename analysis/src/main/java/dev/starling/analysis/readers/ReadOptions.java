package dev.starling.analysis.readers;

/**
 * How to read an input.
 *
 * @param format       a format name from {@link PostReaders#formats()}, or null to sniff the content
 * @param archiveOwner the handle credited with the posts of an X archive, whose tweets carry no user
 * @param csv          column mapping and delimiter for CSV/TSV input
 */
public record ReadOptions(String format, String archiveOwner, CsvOptions csv) {
    /** The author of X archive posts when no owner is given. */
    public static final String DEFAULT_ARCHIVE_OWNER = "archive-owner";

    public ReadOptions {
        format = format == null || format.isBlank() ? null : format.trim();
        archiveOwner = archiveOwner == null || archiveOwner.isBlank() ? DEFAULT_ARCHIVE_OWNER
                : archiveOwner.trim().replaceFirst("^@", "");
        csv = csv == null ? CsvOptions.guess() : csv;
    }

    /** Sniffed format, default archive owner, guessed CSV columns. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null);
    }

    public ReadOptions withFormat(String newFormat) {
        return new ReadOptions(newFormat, archiveOwner, csv);
    }

    public ReadOptions withArchiveOwner(String owner) {
        return new ReadOptions(format, owner, csv);
    }

    public ReadOptions withCsv(CsvOptions newCsv) {
        return new ReadOptions(format, archiveOwner, newCsv);
    }
}
