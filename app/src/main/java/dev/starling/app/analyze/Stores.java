package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.Prediction;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.store.PostStore;
import dev.starling.store.StoreException;
import dev.starling.store.TaskResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Opens the result store for a run: the DuckDB database, or none with --no-db. */
final class Stores {
    private Stores() {
    }

    static ResultStore open(Path db, String source) {
        if (db == null) {
            return ResultStore.none();
        }
        try {
            PostStore store = PostStore.open(db);
            store.beginRun(source);
            return new DuckStore(store);
        } catch (StoreException e) {
            throw new CliException(ExitCodes.IO, e.getMessage(), e);
        }
    }

    /** Each batch: the protected posts and their authors, then every prediction with its model version. */
    private record DuckStore(PostStore store) implements ResultStore {
        @Override
        public void write(List<AnalyzedPost> batch) {
            store.upsertPosts(batch.stream().map(AnalyzedPost::post).toList());
            List<TaskResult> results = new ArrayList<>();
            for (AnalyzedPost a : batch) {
                for (Map.Entry<String, Prediction> e : a.predictions().entrySet()) {
                    Prediction p = e.getValue();
                    results.add(new TaskResult(a.post().platform(), a.post().id(), e.getKey(), p.model(), p.label(), p.scores()));
                }
            }
            store.putResults(results);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s: %d posts, %d authors, %d results in all", store.file(), store.count(),
                    store.authorsCount(), store.resultsCount());
        }

        @Override
        public void close() {
            store.finishRun();
            store.close();
        }
    }
}
