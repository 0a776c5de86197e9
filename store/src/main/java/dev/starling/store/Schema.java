package dev.starling.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables. Lists (hashtags, mentions, urls, media) and score maps are stored as JSON text: any
 * DuckDB reads them with its JSON functions, and no extension has to be present.
 */
final class Schema {
    static final int VERSION = 1;

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS authors (
                      platform VARCHAR NOT NULL, id VARCHAR NOT NULL, handle VARCHAR, display_name VARCHAR,
                      followers BIGINT, PRIMARY KEY (platform, id))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS posts (
                      platform VARCHAR NOT NULL, id VARCHAR NOT NULL, author_id VARCHAR, created_at TIMESTAMPTZ,
                      text VARCHAR NOT NULL, language VARCHAR, reply_to VARCHAR, quote_of VARCHAR, repost_of VARCHAR,
                      likes BIGINT, reposts BIGINT, replies BIGINT, quotes BIGINT, views BIGINT,
                      hashtags VARCHAR, mentions VARCHAR, urls VARCHAR, media VARCHAR,
                      ingested_at TIMESTAMPTZ NOT NULL, run_id BIGINT, PRIMARY KEY (platform, id))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS results (
                      platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, task VARCHAR NOT NULL, model_version VARCHAR NOT NULL,
                      label VARCHAR NOT NULL, scores VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL,
                      PRIMARY KEY (platform, post_id, task, model_version))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS embeddings (
                      platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, model VARCHAR NOT NULL, vector FLOAT[] NOT NULL,
                      PRIMARY KEY (platform, post_id, model))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS ingest_runs (
                      run_id BIGINT PRIMARY KEY, source VARCHAR, started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ,
                      posts_written BIGINT NOT NULL)""");
            // Staging tables: a batch is appended here (DuckDB's fast appender), merged into posts and
            // authors with one INSERT … ON CONFLICT, and cleared, all in the batch's transaction.
            s.execute("CREATE TABLE IF NOT EXISTS stage_authors AS SELECT * FROM authors LIMIT 0");
            s.execute("CREATE TABLE IF NOT EXISTS stage_posts AS SELECT * FROM posts LIMIT 0");
            s.execute("CREATE TABLE IF NOT EXISTS stage_results AS SELECT * FROM results LIMIT 0");
            try (var rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    s.execute("INSERT INTO schema_version VALUES (" + VERSION + ")");
                }
            }
        }
    }
}
