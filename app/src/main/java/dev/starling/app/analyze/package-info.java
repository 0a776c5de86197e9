/**
 * {@code starling analyze}: reads posts in any supported format, runs the analysis pipeline
 * (privacy, normalisation, language, classifiers, flags), stores everything in DuckDB, and writes
 * {@code posts.jsonl} and the HTML report. This package is the wiring; the parts live in
 * {@code analysis} (pipeline, readers, privacy), {@code store} and {@code app.report}.
 */
package dev.starling.app.analyze;
