package dev.starling.store;

import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.engine.json.JsonWriter;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts, authors, results and embeddings in one DuckDB file. Each {@code upsert…}/{@code put…}
 * call is a single transaction: it is either wholly in the database or not at all, whatever
 * happens to the process. Not thread-safe; one store per run.
 */
public final class PostStore implements AutoCloseable {
    /** DuckDB files start with a 8-byte checksum then this magic at offset 8. */
    private static final byte[] MAGIC = {'D', 'U', 'C', 'K'};
    private final Path file;
    private final Connection connection;
    private long runId;

    private PostStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database in {@code file}. */
    public static PostStore open(Path file) {
        Path abs = file.toAbsolutePath();
        checkIsDuckDb(abs);
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            // A bounded buffer pool (DuckDB's default is 80 % of RAM) and no extension downloads.
            java.util.Properties config = new java.util.Properties();
            config.setProperty("memory_limit", "256MB");
            config.setProperty("autoinstall_known_extensions", "false");
            config.setProperty("autoload_known_extensions", "false");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs, config);
            Schema.create(c);
            c.setAutoCommit(false);
            c.commit();
            return new PostStore(abs, c);
        } catch (SQLException e) {
            throw new StoreException(explain(abs, e), e);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + abs + ": " + e.getMessage(), e);
        }
    }

    private static void checkIsDuckDb(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[12];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < 12 || head[8] != MAGIC[0] || head[9] != MAGIC[1] || head[10] != MAGIC[2] || head[11] != MAGIC[3]) {
                    throw new StoreException(file + " is not a DuckDB database; choose another file with --db", null);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String explain(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock")) {
            return file + " is in use by another process (DuckDB allows one writer); wait for it or choose another file with --db";
        }
        return "cannot open the database " + file + ": " + m.lines().findFirst().orElse(m);
    }

    public Path file() {
        return file;
    }

    /** Starts an ingest run (recorded in ingest_runs) and returns its id. */
    public long beginRun(String source) {
        return transaction(() -> {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs")) {
                r.next();
                runId = r.getLong(1);
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO ingest_runs VALUES (?, ?, now(), NULL, 0)")) {
                p.setLong(1, runId);
                p.setString(2, source);
                p.executeUpdate();
            }
            return runId;
        });
    }

    /** Marks the current run finished. A run without a finish time was interrupted. */
    public void finishRun() {
        transaction(() -> {
            try (PreparedStatement p = connection.prepareStatement("UPDATE ingest_runs SET finished_at = now() WHERE run_id = ?")) {
                p.setLong(1, runId);
                return p.executeUpdate();
            }
        });
    }

    /** Inserts or updates posts and their authors, in one transaction. */
    public void upsertPosts(List<Post> posts) {
        if (posts.isEmpty()) {
            return;
        }
        transaction(() -> {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_authors")) {
                for (Post post : dedupeAuthors(posts)) {
                    PostRows.appendAuthor(a, post);
                }
            }
            try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_posts")) {
                for (Post post : dedupePosts(posts)) {
                    PostRows.appendPost(a, post, runId, now);
                }
            }
            try (Statement s = connection.createStatement();
                 PreparedStatement run = connection.prepareStatement("UPDATE ingest_runs SET posts_written = posts_written + ? WHERE run_id = ?")) {
                s.execute(PostRows.MERGE_AUTHORS);
                s.execute(PostRows.MERGE_POSTS);
                s.execute("DELETE FROM stage_authors");
                s.execute("DELETE FROM stage_posts");
                run.setLong(1, posts.size());
                run.setLong(2, runId);
                run.executeUpdate();
            }
            return null;
        });
    }

    /** Inserts or replaces task results, in one transaction. */
    public void putResults(List<TaskResult> results) {
        if (results.isEmpty()) {
            return;
        }
        transaction(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            java.util.Map<String, TaskResult> unique = new java.util.LinkedHashMap<>();
            for (TaskResult r : results) {
                unique.put(r.platform().id() + "\u0000" + r.postId() + "\u0000" + r.task() + "\u0000" + r.modelVersion(), r);
            }
            try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_results")) {
                for (TaskResult r : unique.values()) {
                    a.beginRow();
                    a.append(r.platform().id());
                    a.append(r.postId());
                    a.append(r.task());
                    a.append(r.modelVersion());
                    a.append(r.label());
                    a.append(JsonWriter.write(r.scores()));
                    a.append(now);
                    a.endRow();
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("""
                        INSERT INTO results SELECT * FROM stage_results
                        ON CONFLICT (platform, post_id, task, model_version) DO UPDATE SET label = excluded.label,
                          scores = excluded.scores, created_at = excluded.created_at""");
                s.execute("DELETE FROM stage_results");
            }
            return null;
        });
    }

    /** Inserts or replaces one embedding per post for {@code model}. */
    public void putEmbeddings(String model, List<Platform> platforms, List<String> postIds, List<float[]> vectors) {
        transaction(() -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO embeddings VALUES (?, ?, ?, ?::FLOAT[])
                    ON CONFLICT (platform, post_id, model) DO UPDATE SET vector = excluded.vector""")) {
                for (int i = 0; i < postIds.size(); i++) {
                    s.setString(1, platforms.get(i).id());
                    s.setString(2, postIds.get(i));
                    s.setString(3, model);
                    s.setString(4, floats(vectors.get(i)));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public long count() {
        return scalar("SELECT count(*) FROM posts");
    }

    public long authorsCount() {
        return scalar("SELECT count(*) FROM authors");
    }

    public long resultsCount() {
        return scalar("SELECT count(*) FROM results");
    }

    /** One stored post, read back with its author. */
    public Optional<Post> post(Platform platform, String id) {
        return query(PostRows.SELECT + " WHERE p.platform = ? AND p.id = ?", List.of(platform.id(), id)).stream().findFirst();
    }

    /** Every stored post, ordered by platform and id. */
    public List<Post> posts() {
        return query(PostRows.SELECT + " ORDER BY p.platform, p.id", List.of());
    }

    /** Runs {@code sql} (tests and reports): the first column of every row, as text. */
    public List<String> column(String sql) {
        return transaction(() -> {
            List<String> out = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private List<Post> query(String sql, List<String> args) {
        return transaction(() -> {
            List<Post> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setString(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(PostRows.read(r));
                    }
                }
            }
            return out;
        });
    }

    private long scalar(String sql) {
        return Long.parseLong(column(sql).get(0));
    }

    private static List<Post> dedupePosts(List<Post> posts) {
        java.util.Map<String, Post> last = new java.util.LinkedHashMap<>();
        posts.forEach(p -> last.put(p.platform().id() + "\u0000" + p.id(), p));
        return List.copyOf(last.values());
    }

    private static List<Post> dedupeAuthors(List<Post> posts) {
        java.util.Map<String, Post> last = new java.util.LinkedHashMap<>();
        posts.forEach(p -> last.put(p.platform().id() + "\u0000" + p.author().id(), p));
        return List.copyOf(last.values());
    }

    private static String floats(float[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(v[i]);
        }
        return sb.append(']').toString();
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        try {
            T t = work.run();
            connection.commit();
            return t;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
