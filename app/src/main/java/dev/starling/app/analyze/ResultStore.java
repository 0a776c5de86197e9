package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.AnalyzedPost;

import java.io.IOException;
import java.util.List;

/** Where analysed batches are kept (the DuckDB database), one transaction per batch. */
interface ResultStore extends AutoCloseable {
    void write(List<AnalyzedPost> batch) throws IOException;

    /** A short description for the summary, e.g. "starling.duckdb: 612 posts". */
    String describe() throws IOException;

    @Override
    void close() throws IOException;

    static ResultStore none() {
        return new ResultStore() {
            @Override
            public void write(List<AnalyzedPost> batch) {
            }

            @Override
            public String describe() {
                return "no database (--no-db)";
            }

            @Override
            public void close() {
            }
        };
    }
}
