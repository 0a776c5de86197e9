package dev.starling.app.explain;

import dev.starling.analysis.explain.Attribution;
import dev.starling.analysis.explain.Explanation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An explanation as a JSON-ready map (what {@code explain --json} prints). */
final class ExplanationJson {
    private ExplanationJson() {
    }

    static Map<String, Object> of(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", e.task());
        m.put("label", e.label());
        m.put("score_kind", e.scoreKind());
        m.put("method", e.method());
        m.put("score", e.score());
        m.put("baseline_score", e.baselineScore());
        m.put("attribution_sum", e.total());
        m.put("completeness_gap", e.completenessGap());
        m.put("tokens", list(e.tokens()));
        m.put("extra", list(e.extra()));
        return m;
    }

    private static List<Object> list(List<Attribution> as) {
        List<Object> out = new ArrayList<>();
        for (Attribution a : as) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("token", a.token());
            t.put("attribution", a.value());
            t.put("joined", a.joined());
            out.add(t);
        }
        return out;
    }
}
