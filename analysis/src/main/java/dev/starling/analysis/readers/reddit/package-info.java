/**
 * Reddit: Pushshift-style dumps (JSON Lines of submissions or comments) and API listings
 * ({@code {"kind":"Listing","data":{"children":[{"kind":"t3"|"t1","data":{…}}]}}}, including the
 * two-listing array of a comments page with nested {@code replies}). A submission's text is its title
 * and self text; a comment answers its {@code parent_id} (prefix {@code t1_}/{@code t3_} removed).
 * Comments whose body is {@code [deleted]} or {@code [removed]} give no post and are counted as
 * skipped for reason {@link dev.starling.analysis.readers.SkipKind#DELETED}; their replies are still read.
 */
package dev.starling.analysis.readers.reddit;
