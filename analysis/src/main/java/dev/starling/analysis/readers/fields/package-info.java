/**
 * Typed access to the fields of one record, shared by the format mappers: strings, ids and counts
 * read out of parsed JSON with the lenience real exports need (counts as strings, ids as numbers),
 * timestamps in every shape the sources use, HTML entities, and {@link
 * dev.starling.analysis.readers.fields.RecordException} to give up on one record with a reason.
 */
package dev.starling.analysis.readers.fields;
