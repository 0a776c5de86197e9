package dev.starling.engine.train;

/**
 * Classification metrics over integer labels in [0, k): per-class precision/recall/F1 from the
 * confusion counts, and the averages the TweetEval tasks use (scikit-learn's conventions: a class
 * with no predictions and no gold examples gets F1 0 and still counts in the macro average).
 */
public final class Metrics {
    private final int k;
    private final long[] tp;
    private final long[] fp;
    private final long[] fn;
    private long correct;
    private long total;

    public Metrics(int k) {
        this.k = k;
        this.tp = new long[k];
        this.fp = new long[k];
        this.fn = new long[k];
    }

    public static Metrics of(int k, int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException(gold.length + " gold labels but " + predicted.length + " predictions");
        }
        Metrics m = new Metrics(k);
        for (int i = 0; i < gold.length; i++) {
            m.add(gold[i], predicted[i]);
        }
        return m;
    }

    public void add(int gold, int predicted) {
        total++;
        if (gold == predicted) {
            correct++;
            tp[gold]++;
        } else {
            fp[predicted]++;
            fn[gold]++;
        }
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public double precision(int c) {
        return tp[c] + fp[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fp[c]);
    }

    public double recall(int c) {
        return tp[c] + fn[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fn[c]);
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double s = 0;
        for (int c = 0; c < k; c++) {
            s += f1(c);
        }
        return s / k;
    }

    public double macroRecall() {
        double s = 0;
        for (int c = 0; c < k; c++) {
            s += recall(c);
        }
        return s / k;
    }

    /** Mean F1 over the given classes (e.g. stance: against and favor). */
    public double meanF1(int... classes) {
        double s = 0;
        for (int c : classes) {
            s += f1(c);
        }
        return s / classes.length;
    }

    public long count() {
        return total;
    }
}
