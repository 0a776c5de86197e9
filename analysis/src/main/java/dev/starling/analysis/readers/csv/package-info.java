/**
 * CSV and TSV exports of posts (RFC 4180: quoted fields may hold delimiters, line breaks and doubled
 * quotes). The delimiter (comma, tab or semicolon) is sniffed from the header line unless given; each
 * post field is read from the column named for it in {@link dev.starling.analysis.readers.CsvOptions}
 * or, failing that, from the first header matching {@link dev.starling.analysis.readers.CsvField#guesses()}.
 * Rows are streamed one at a time; a row with the wrong number of fields is skipped, not guessed at.
 */
package dev.starling.analysis.readers.csv;
