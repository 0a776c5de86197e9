package dev.starling.analysis.engagement;

import dev.starling.analysis.ngrams.SparseVector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ridge regression per target on the residual from the author's level:
 * {@code ŷ_t = level_t(author) + w_t · x}, {@code x = }{@link EngagementFeatures#vector}, {@code ŷ} in log1p units.
 */
public final class EngagementModel {
    private final EngagementFeatures features;
    private final float[][] weights;   // [K, D]
    private final double lambda;

    public EngagementModel(EngagementFeatures features, float[][] weights, double lambda) {
        if (weights.length != EngagementFeatures.targets()) {
            throw new IllegalArgumentException("need one weight vector per target");
        }
        for (float[] w : weights) {
            if (w.length != features.dimension()) {
                throw new IllegalArgumentException("weights of length " + w.length + " for dimension " + features.dimension());
            }
        }
        this.features = features;
        this.weights = weights;
        this.lambda = lambda;
    }

    /** Fits on the observed posts with known counts; the prior is their mean log1p count per target. */
    public static EngagementModel fit(List<Observed> train, int hashBits, double lambda) {
        EngagementFeatures f = new EngagementFeatures(hashBits, priors(train));
        List<SparseVector> rows = new ArrayList<>(train.size());
        for (Observed o : train) {
            rows.add(f.vector(o.post(), o.before()));
        }
        float[][] w = new float[EngagementFeatures.targets()][];
        for (EngagementTarget t : EngagementTarget.values()) {
            List<SparseVector> x = new ArrayList<>();
            List<Double> r = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                Observed o = train.get(i);
                if (o.post().has(t)) {
                    x.add(rows.get(i));
                    r.add(o.post().logCount(t) - f.level(o.before(), t));
                }
            }
            w[t.ordinal()] = RidgeRegression.fit(x, r.stream().mapToDouble(Double::doubleValue).toArray(), f.dimension(), lambda);
        }
        return new EngagementModel(f, w, lambda);
    }

    /** Predicted log1p(count) per target, indexed by {@link EngagementTarget#ordinal()}. */
    public double[] predict(EngagementPost p, AuthorHistory.State before) {
        SparseVector x = features.vector(p, before);
        double[] out = new double[weights.length];
        for (EngagementTarget t : EngagementTarget.values()) {
            out[t.ordinal()] = Math.max(0, features.level(before, t) + x.dot(weights[t.ordinal()]));
        }
        return out;
    }

    public EngagementFeatures features() {
        return features;
    }

    public double lambda() {
        return lambda;
    }

    /** The model as JSON-ready maps: hash bits, prior, λ and the weights per target. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "starling-engagement-ridge/1");
        m.put("hash_bits", features.hashBits());
        m.put("lambda", lambda);
        List<Object> prior = new ArrayList<>();
        for (double v : features.prior()) {
            prior.add(v);
        }
        m.put("prior", prior);
        Map<String, Object> w = new LinkedHashMap<>();
        for (EngagementTarget t : EngagementTarget.values()) {
            w.put(t.label(), weights[t.ordinal()]);
        }
        m.put("weights", w);
        return m;
    }

    /** Reads what {@link #toJson} wrote (after a JSON round trip: numbers as {@link Number}, arrays as lists). */
    public static EngagementModel fromJson(Map<String, Object> m) {
        if (!"starling-engagement-ridge/1".equals(m.get("format"))) {
            throw new IllegalArgumentException("not an engagement model: format " + m.get("format"));
        }
        List<?> p = (List<?>) m.get("prior");
        double[] prior = p.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        EngagementFeatures f = new EngagementFeatures(((Number) m.get("hash_bits")).intValue(), prior);
        Map<?, ?> w = (Map<?, ?>) m.get("weights");
        float[][] weights = new float[EngagementFeatures.targets()][];
        for (EngagementTarget t : EngagementTarget.values()) {
            weights[t.ordinal()] = floats(w.get(t.label()));
        }
        return new EngagementModel(f, weights, ((Number) m.get("lambda")).doubleValue());
    }

    private static float[] floats(Object v) {
        if (v instanceof float[] a) {
            return a;
        }
        List<?> list = (List<?>) v;
        float[] a = new float[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) list.get(i)).floatValue();
        }
        return a;
    }

    static double[] priors(List<Observed> train) {
        double[] prior = new double[EngagementFeatures.targets()];
        for (EngagementTarget t : EngagementTarget.values()) {
            prior[t.ordinal()] = train.stream().filter(o -> o.post().has(t))
                    .mapToDouble(o -> o.post().logCount(t)).average().orElse(0);
        }
        return prior;
    }
}
