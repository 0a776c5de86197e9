package dev.starling.analysis.readers.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a format keeps its records inside a JSON document: the key paths of the container arrays,
 * e.g. {@code data} for an X API v2 response or {@code data.children} for a Reddit listing. A value
 * with none of these paths is itself a record; a top-level array is always a list of values.
 */
public record JsonShape(List<List<String>> containers) {
    public JsonShape {
        containers = containers.stream().map(List::copyOf).toList();
    }

    /** A shape from dotted paths, e.g. {@code JsonShape.of("data.children")}. */
    public static JsonShape of(String... dottedPaths) {
        return new JsonShape(Arrays.stream(dottedPaths).map(p -> List.of(p.split("\\."))).toList());
    }

    /** Records are the top-level values themselves (or the elements of a top-level array). */
    public static JsonShape flat() {
        return new JsonShape(List.of());
    }

    /**
     * The arrays (or single objects) at those container paths that {@code m} has, in path order. An
     * array holding strings or numbers is data, not a container of records (a Reddit "more" stub
     * lists comment ids under {@code data.children}).
     */
    @SuppressWarnings("unchecked")
    public List<Object> containersIn(Map<String, Object> m) {
        List<Object> found = new ArrayList<>(1);
        for (List<String> path : containers) {
            Object cur = m;
            for (String key : path) {
                cur = cur instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
            }
            boolean records = cur instanceof List<?> list && list.stream().allMatch(e -> e instanceof Map || e instanceof List);
            if (records || cur instanceof Map) {
                found.add(cur);
            }
        }
        return found;
    }
}
