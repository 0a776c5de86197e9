/**
 * Reading JSON inputs in bounded memory, shared by every JSON-based format.
 *
 * <p>Two layouts are told apart by looking ahead at the first line ({@link
 * dev.starling.analysis.readers.json.JsonLayout}): <b>JSON Lines</b> (one value per line; a broken
 * line costs that line only) and <b>documents</b> (pretty-printed or minified, possibly huge). A
 * document is never parsed as a whole: {@link dev.starling.analysis.readers.json.JsonScanner}
 * tokenises just enough (depth, strings, escapes) to walk to the array of records named by the
 * format's {@link dev.starling.analysis.readers.json.JsonShape} and cut out one element at a time,
 * which is then parsed with the engine's {@link dev.starling.engine.json.Json}. Top-level values small
 * enough ({@link dev.starling.analysis.readers.json.JsonDocumentValues#WHOLE_VALUE_CHARS}) are parsed
 * whole instead, so a document's side tables (X {@code includes}) are at hand.
 *
 * <p>{@link dev.starling.analysis.readers.json.JsonPostSource} then expands containers (arrays,
 * {@code {"data":[…]}}, Reddit listings) into records and hands each to the format's
 * {@link dev.starling.analysis.readers.json.JsonRecordMapper}.
 */
package dev.starling.analysis.readers.json;
