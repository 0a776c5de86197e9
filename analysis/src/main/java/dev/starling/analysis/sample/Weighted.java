package dev.starling.analysis.sample;

import java.util.List;
import java.util.Random;

/** Draws an index with probability proportional to its weight. */
final class Weighted {
    private Weighted() {
    }

    static int index(List<Double> weights, Random rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum: " + weights);
        }
        double r = rnd.nextDouble() * sum;
        for (int k = 0; k < weights.size(); k++) {
            r -= weights.get(k);
            if (r < 0) {
                return k;
            }
        }
        return weights.size() - 1;
    }
}
