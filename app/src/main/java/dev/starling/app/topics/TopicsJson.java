package dev.starling.app.topics;

import dev.starling.analysis.topics.Keyword;
import dev.starling.analysis.topics.Merges;
import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;
import dev.starling.analysis.trends.TopicBursts;
import dev.starling.app.io.AtomicOutput;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * topics.json: every topic with its keywords and posts, counts over time and per group, the days a
 * topic burst above its weekday baseline, the merge hierarchy.
 */
public final class TopicsJson {
    private TopicsJson() {
    }

    public static void write(Topics t, List<TopicBursts.Burst> bursts, Map<String, Object> run, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        root.put("posts", t.posts());
        root.put("outliers", t.outliers());
        List<Object> topics = new ArrayList<>();
        for (Topic topic : t.topics()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", topic.id());
            o.put("label", topic.label());
            o.put("size", topic.size());
            List<Object> kw = new ArrayList<>();
            for (Keyword k : topic.keywords()) {
                kw.add(Map.of("term", k.term(), "weight", Math.round(k.weight() * 1e6) / 1e6));
            }
            o.put("keywords", kw);
            o.put("representatives", topic.representatives());
            o.put("map", List.of(topic.x(), topic.y()));
            topics.add(o);
        }
        root.put("topics", topics);
        root.put("over_time", counts(t.overTime()));
        root.put("per_group", counts(t.perGroup()));
        List<Object> spikes = new ArrayList<>();
        for (TopicBursts.Burst b : bursts) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("topic", b.topic());
            o.put("day", b.day());
            o.put("posts", b.count());
            o.put("expected", b.expected());
            o.put("z", Math.round(b.z() * 100) / 100.0);
            spikes.add(o);
        }
        root.put("bursts", spikes);
        List<Object> merges = new ArrayList<>();
        for (Merges.Merge m : t.merges()) {
            merges.add(List.of(m.left(), m.right(), Math.round(m.similarity() * 1e4) / 1e4));
        }
        root.put("merges", merges);
        try (AtomicOutput out = new AtomicOutput(file)) {
            out.writer().write(JsonWriter.write(root));
            out.writer().write('\n');
            out.commit();
        }
    }

    private static Map<String, Object> counts(Map<String, long[]> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Arrays.stream(v).boxed().toList()));
        return out;
    }
}
