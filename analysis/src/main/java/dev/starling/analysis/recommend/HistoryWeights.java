package dev.starling.analysis.recommend;

/**
 * How much each past event speaks for a user's taste at {@code asOf}: {@code 0.5 + 0.5 exp(-age / tau)},
 * so recent events count up to twice as much and an old (or undated) one never drops out.
 */
final class HistoryWeights {
    private HistoryWeights() {
    }

    static double of(long time, long asOf, double tau) {
        if (time == Interactions.UNDATED || tau <= 0) {
            return 0.5;
        }
        double age = Math.max(0, asOf - time);
        return 0.5 + 0.5 * Math.exp(-age / tau);
    }

    static double tau(double halfLifeSeconds) {
        return halfLifeSeconds / Math.log(2);
    }
}
