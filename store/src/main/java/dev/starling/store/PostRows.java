package dev.starling.store;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;

import org.duckdb.DuckDBAppender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Post ↔ table row. */
final class PostRows {
    static final String MERGE_POSTS = """
            INSERT INTO posts SELECT * FROM stage_posts
            ON CONFLICT (platform, id) DO UPDATE SET author_id = excluded.author_id, created_at = excluded.created_at,
              text = excluded.text, language = excluded.language, reply_to = excluded.reply_to, quote_of = excluded.quote_of,
              repost_of = excluded.repost_of, likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies,
              quotes = excluded.quotes, views = excluded.views, hashtags = excluded.hashtags, mentions = excluded.mentions,
              urls = excluded.urls, media = excluded.media, ingested_at = excluded.ingested_at, run_id = excluded.run_id""";
    static final String MERGE_AUTHORS = """
            INSERT INTO authors SELECT * FROM stage_authors
            ON CONFLICT (platform, id) DO UPDATE SET handle = excluded.handle, display_name = excluded.display_name,
              followers = coalesce(excluded.followers, authors.followers)""";
    static final String SELECT = """
            SELECT p.platform, p.id, p.author_id, a.handle, a.display_name, a.followers, p.created_at, p.text, p.language,
              p.reply_to, p.quote_of, p.repost_of, p.likes, p.reposts, p.replies, p.quotes, p.views,
              p.hashtags, p.mentions, p.urls, p.media
            FROM posts p LEFT JOIN authors a ON a.platform = p.platform AND a.id = p.author_id""";

    private PostRows() {
    }

    /** Appends one row to stage_posts, columns in table order. */
    static void appendPost(DuckDBAppender a, Post p, long runId, OffsetDateTime now) throws SQLException {
        a.beginRow();
        a.append(p.platform().id());
        a.append(p.id());
        a.append(p.author().id());
        a.append(p.createdAt() == null ? null : OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC));
        a.append(p.text());
        a.append(p.language());
        a.append(p.replyTo());
        a.append(p.quoteOf());
        a.append(p.repostOf());
        Metrics m = p.metrics();
        a.append(m.likes());
        a.append(m.reposts());
        a.append(m.replies());
        a.append(m.quotes());
        a.append(m.views());
        a.append(JsonWriter.write(p.hashtags()));
        a.append(JsonWriter.write(p.mentions()));
        a.append(JsonWriter.write(p.urls()));
        a.append(JsonWriter.write(media(p.media())));
        a.append(now);
        a.append(runId);
        a.endRow();
    }

    /** Appends one row to stage_authors. */
    static void appendAuthor(DuckDBAppender a, Post p) throws SQLException {
        Author x = p.author();
        a.beginRow();
        a.append(p.platform().id());
        a.append(x.id());
        a.append(x.handle());
        a.append(x.displayName());
        a.append(x.followers());
        a.endRow();
    }

    static Post read(ResultSet r) throws SQLException {
        Author a = new Author(r.getString(3), r.getString(4), r.getString(5), getLong(r, 6));
        Timestamp t = r.getTimestamp(7);
        Metrics m = new Metrics(getLong(r, 13), getLong(r, 14), getLong(r, 15), getLong(r, 16), getLong(r, 17));
        return new Post(r.getString(2), Platform.fromId(r.getString(1)), a, t == null ? null : t.toInstant(), r.getString(8),
                r.getString(9), r.getString(10), r.getString(11), r.getString(12), m,
                strings(r.getString(18)), strings(r.getString(19)), strings(r.getString(20)), media(r.getString(21)));
    }

    private static List<Map<String, Object>> media(List<Media> media) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Media x : media) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("type", x.type());
            o.put("url", x.url());
            o.put("alt_text", x.altText());
            out.add(o);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Media> media(String json) {
        List<Media> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new Media((String) m.get("type"), (String) m.get("url"), (String) m.get("alt_text")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String json) {
        return json == null ? List.of() : ((List<Object>) Json.parse(json)).stream().map(String::valueOf).toList();
    }

    private static Long getLong(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }
}
