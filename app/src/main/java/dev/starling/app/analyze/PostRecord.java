package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.Flag;
import dev.starling.analysis.pipeline.Prediction;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Post;
import dev.starling.engine.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code posts.jsonl}: the protected post (never the original personal data), its
 * normalised text, language, personal-data counts, every task's prediction and the flags.
 */
final class PostRecord {
    private PostRecord() {
    }

    static String json(AnalyzedPost a) {
        Post p = a.post();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platform", p.platform().id());
        m.put("id", p.id());
        m.put("author", ReportAggregator.displayHandle(p));
        m.put("created_at", p.createdAt() == null ? null : p.createdAt().toString());
        m.put("language", a.language().lang());
        m.put("language_confidence", round(a.language().confidence()));
        m.put("text", p.text());
        m.put("normalized", a.normalized().normalized());
        m.put("hashtags", p.hashtags());
        m.put("mentions", p.mentions());
        m.put("metrics", metrics(p.metrics()));
        Map<String, Object> pii = new LinkedHashMap<>();
        a.personalData().forEach((t, n) -> {
            if (n > 0) {
                pii.put(ReportAggregator.redactionKey(t), n);
            }
        });
        m.put("personal_data", pii);
        Map<String, Object> results = new LinkedHashMap<>();
        a.predictions().forEach((task, pr) -> results.put(task, prediction(pr)));
        m.put("results", results);
        List<Object> flags = new ArrayList<>();
        for (Flag f : a.flags()) {
            flags.add(Map.of("task", f.task(), "label", f.label(), "probability", round(f.probability()), "reason", f.reason()));
        }
        m.put("flags", flags);
        return JsonWriter.write(m);
    }

    private static Map<String, Object> prediction(Prediction pr) {
        Map<String, Object> s = new LinkedHashMap<>();
        pr.scores().forEach((k, v) -> s.put(k, round(v)));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("label", pr.label());
        o.put("scores", s);
        o.put("model", pr.model());
        return o;
    }

    private static Map<String, Object> metrics(Metrics x) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("likes", x.likes());
        o.put("reposts", x.reposts());
        o.put("replies", x.replies());
        o.put("quotes", x.quotes());
        o.put("views", x.views());
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
