/**
 * The byte and character layer under every post reader: transparent gzip (recognised by its magic
 * bytes, not by the file name, and tolerant of a truncated tail), UTF-8 decoding that turns each
 * invalid byte sequence into U+FFFD and reports its line instead of failing, and a buffered
 * character input with line numbers and bounded look-ahead for format detection.
 */
package dev.starling.analysis.readers.io;
