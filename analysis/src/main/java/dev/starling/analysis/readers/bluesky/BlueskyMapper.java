package dev.starling.analysis.readers.bluesky;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.SkipKind;
import dev.starling.analysis.readers.fields.Fields;
import dev.starling.analysis.readers.fields.RecordContext;
import dev.starling.analysis.readers.fields.RecordException;
import dev.starling.analysis.readers.json.JsonRecordMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Any of the Bluesky post shapes to a post: first unwrapped to an {@link Envelope}, then mapped alike. */
final class BlueskyMapper implements JsonRecordMapper {
    static final String POST_TYPE = "app.bsky.feed.post";

    /**
     * A post record with what surrounds it.
     *
     * @param uri    the at:// URI, or null for a bare record
     * @param record the {@code app.bsky.feed.post} record
     * @param view   the post view (counts, author, embed view), or null
     * @param author who wrote it, as far as the shape tells
     */
    record Envelope(String uri, Map<String, Object> record, Map<String, Object> view, Author author) {
    }

    @Override
    public Post map(Map<String, Object> rec, Map<String, Object> document, RecordContext context) {
        Envelope env = unwrap(rec);
        Map<String, Object> r = env.record();
        String type = Fields.string(r, "$type");
        if (type != null && !type.equals(POST_TYPE)) {
            throw new RecordException(SkipKind.UNSUPPORTED, "record type " + type + " is not a post");
        }
        String text = Fields.requiredString(r, "text");
        BlueskyFacets.Entities facets = BlueskyFacets.extract(text, Fields.objects(r, "facets"), context);
        List<String> tags = new ArrayList<>(facets.tags());
        tags.addAll(Fields.strings(r, "tags")); // "outline" tags, set by the client without appearing in the text
        List<String> langs = Fields.strings(r, "langs");
        Map<String, Object> parent = Fields.path(r, "reply", "parent");
        Object created = r.containsKey("createdAt") || env.view() == null ? r.get("createdAt") : env.view().get("indexedAt");
        BlueskyEmbeds.Embedded embedded = BlueskyEmbeds.read(Fields.object(r, "embed"),
                env.view() == null ? null : Fields.object(env.view(), "embed"));
        List<String> urls = new ArrayList<>(facets.links());
        urls.addAll(embedded.urls());
        return new Post(id(env, context), Platform.BLUESKY, env.author(), context.time("createdAt", created), text,
                langs.isEmpty() ? null : langs.get(0), parent == null ? null : AtUri.rkey(Fields.string(parent, "uri")),
                embedded.quoteOf(), null, metrics(env.view()), tags, facets.mentions(), urls, embedded.media());
    }

    private static Envelope unwrap(Map<String, Object> rec) {
        Map<String, Object> post = Fields.object(rec, "post");
        if (post != null) {
            return view(post); // a feed item: {"post": view, "reply": …, "reason": …}
        }
        Map<String, Object> commit = Fields.object(rec, "commit");
        if (commit != null) {
            return jetstream(rec, commit);
        }
        if (rec.get("record") instanceof Map) {
            return view(rec);
        }
        String uri = Fields.string(rec, "uri");
        Map<String, Object> value = Fields.object(rec, "value");
        if (value != null) { // com.atproto.repo.listRecords item
            return new Envelope(uri, value, null, authorFromUri(uri));
        }
        if (!rec.containsKey("text") && !rec.containsKey("$type")) {
            throw new RecordException(SkipKind.UNSUPPORTED, "not a Bluesky post; keys " + rec.keySet());
        }
        return new Envelope(uri, rec, null, authorFromUri(uri));
    }

    private static Envelope view(Map<String, Object> view) {
        String uri = Fields.requiredString(view, "uri");
        Map<String, Object> a = Fields.object(view, "author");
        Author author = authorFromUri(uri);
        if (a != null) {
            String did = Fields.string(a, "did");
            String displayName = Fields.string(a, "displayName");
            author = new Author(did != null ? did : author.id(), Fields.string(a, "handle"),
                    displayName == null || displayName.isEmpty() ? null : displayName, Fields.count(a, "followersCount"));
        }
        Map<String, Object> record = Fields.object(view, "record");
        if (record == null) {
            throw RecordException.missing("record");
        }
        return new Envelope(uri, record, view, author);
    }

    /** A Jetstream event: only the creation of a post is one. */
    private static Envelope jetstream(Map<String, Object> event, Map<String, Object> commit) {
        String operation = Fields.string(commit, "operation");
        String collection = Fields.string(commit, "collection");
        if (!"create".equals(operation) || !POST_TYPE.equals(collection)) {
            throw new RecordException(SkipKind.UNSUPPORTED, "Jetstream " + operation + " of " + collection + " is not a new post");
        }
        String did = Fields.requiredString(event, "did");
        String rkey = Fields.requiredString(commit, "rkey");
        Map<String, Object> record = Fields.object(commit, "record");
        if (record == null) {
            throw RecordException.missing("commit.record");
        }
        return new Envelope("at://" + did + "/" + POST_TYPE + "/" + rkey, record, null, new Author(did, null, null, null));
    }

    private static Author authorFromUri(String uri) {
        String repo = AtUri.authority(uri);
        return repo == null ? Author.unknown() : new Author(repo, repo.startsWith("did:") ? null : repo, null, null);
    }

    /** The record key; a bare record carries no URI, so it is named after its place in the input. */
    private static String id(Envelope env, RecordContext context) {
        if (env.uri() != null) {
            return AtUri.rkey(env.uri());
        }
        var where = context.where();
        return "line-" + where.line() + (where.element() >= 0 ? "-" + where.element() : "");
    }

    private static Metrics metrics(Map<String, Object> view) {
        if (view == null) {
            return Metrics.none();
        }
        return new Metrics(Fields.count(view, "likeCount"), Fields.count(view, "repostCount"),
                Fields.count(view, "replyCount"), Fields.count(view, "quoteCount"), null);
    }
}
