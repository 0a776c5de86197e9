/**
 * Storage in an embedded DuckDB database file: posts, authors, per-task results with the model
 * version, embeddings, and a log of ingest runs. Keys are (platform, id), so re-ingesting the same
 * data updates rather than duplicates; every batch is one transaction, so a run killed at any
 * moment leaves whole batches only, and running it again completes the database.
 */
package dev.starling.store;
