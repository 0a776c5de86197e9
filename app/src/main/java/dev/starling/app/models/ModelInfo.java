package dev.starling.app.models;

/**
 * One model {@code starling models} lists.
 *
 * @param name        how to ask for it (a built-in name or a file path)
 * @param kind        what it does
 * @param source      "built-in", "classpath" or the folder it was found in
 * @param parameters  number of weights
 * @param fileBytes   bytes of its weight file(s) (0 when unknown)
 * @param memoryBytes resident memory needed to run it (weights as loaded + working memory), estimated
 * @param speed       measured items per second on this machine (posts/s or tokens/s), NaN when not measured
 * @param quality     the quality figure known for it (e.g. "TweetEval test 68.45 macro-recall"), or ""
 */
public record ModelInfo(String name, Kind kind, String source, long parameters, long fileBytes, long memoryBytes,
                        double speed, String quality) {
    /** What a model does, and the unit of its speed. */
    public enum Kind {
        ENCODER("posts/s"), CLASSIFIER("posts/s"), DECODER("tokens/s");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    /** Milliseconds per item (post or token), NaN when not measured. */
    public double latencyMs() {
        return speed > 0 ? 1000 / speed : Double.NaN;
    }

    /**
     * The number in the quality figure as "higher is better" (e.g. 68.45; a perplexity is negated),
     * NaN when there is none.
     */
    public double qualityScore() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+(\\.\\d+)?)").matcher(quality);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return quality.contains("perplexity") ? -v : v;
    }
}
