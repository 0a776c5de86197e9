package dev.starling.app.engagement;

import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementEvaluation;
import dev.starling.analysis.engagement.EngagementPost;
import dev.starling.analysis.engagement.EngagementTarget;
import dev.starling.app.io.AtomicOutput;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files {@code engagement --output} writes: predictions as JSONL, the evaluation as JSON. */
final class EngagementJson {
    private EngagementJson() {
    }

    /**
     * One line per post: pseudonymised author, time, predicted counts (model fitted on every post with
     * counts, from the author's earlier posts only), the actual counts where known, and for posts of
     * the held-out period the prediction of the model that never saw them.
     */
    static void writePredictions(Path file, List<EngagementAnalysis.Prediction> all, List<EngagementAnalysis.Prediction> heldOut)
            throws IOException {
        Map<EngagementPost, double[]> held = new IdentityHashMap<>();
        heldOut.forEach(p -> held.put(p.post(), p.predicted()));
        try (AtomicOutput out = new AtomicOutput(file)) {
            for (EngagementAnalysis.Prediction p : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("author", p.post().author());
                m.put("time", p.post().time().toString());
                m.put("predicted", counts(p.predicted()));
                m.put("actual", p.post().complete() ? actual(p.post()) : null);
                double[] h = held.get(p.post());
                m.put("predicted_held_out", h == null ? null : counts(h));
                out.writer().append(JsonWriter.write(m)).append('\n');
            }
            out.commit();
        }
    }

    static void writeEvaluation(Path file, EngagementEvaluation.Result r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", "fivethirtyeight-twitter/twitter-ratio");
        m.put("cutoff", r.cutoff().toString());
        m.put("train", r.train());
        m.put("test", r.test());
        m.put("lambda", r.lambda());
        List<Object> rows = new ArrayList<>();
        for (EngagementEvaluation.Row row : r.rows()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("target", row.target().label());
            o.put("method", row.method());
            o.put("n", row.n());
            o.put("spearman", finite(row.spearman()));
            o.put("spearman_within_author", finite(row.withinSpearman()));
            o.put("mae_log1p", finite(row.mae()));
            rows.add(o);
        }
        m.put("rows", rows);
        try (AtomicOutput out = new AtomicOutput(file)) {
            out.writer().append(JsonWriter.write(m)).append('\n');
            out.commit();
        }
    }

    /** Predicted log1p values as counts, one decimal. */
    private static Map<String, Object> counts(double[] log1p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (EngagementTarget t : EngagementTarget.values()) {
            m.put(t.label(), Math.round(Math.expm1(log1p[t.ordinal()]) * 10) / 10.0);
        }
        return m;
    }

    private static Map<String, Object> actual(EngagementPost p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (EngagementTarget t : EngagementTarget.values()) {
            m.put(t.label(), p.counts()[t.ordinal()]);
        }
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
