package dev.starling.analysis.readers.json;

import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.fields.RecordContext;

import java.util.List;
import java.util.Map;

/** Turns one JSON record of a format into a post. */
public interface JsonRecordMapper {
    /**
     * Maps one record; throws {@link dev.starling.analysis.readers.fields.RecordException} to skip it.
     *
     * @param record   the record object
     * @param document the parsed document the record came out of (for side tables such as X
     *                 {@code includes}), or null when the record was streamed out of a large document
     *                 or stood alone on its line
     */
    Post map(Map<String, Object> record, Map<String, Object> document, RecordContext context);

    /** Records nested in this one that are read after it (Reddit comment replies); none by default. */
    default List<Object> nested(Map<String, Object> record) {
        return List.of();
    }
}
