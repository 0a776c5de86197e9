package dev.starling.analysis.pipeline;

import java.util.Optional;

/**
 * Flags a post when {@code task}'s prediction gives {@code label} at least {@code threshold}: spam
 * and abuse (offensive, hateful) are flagged this way.
 */
public record FlagRule(String task, String label, double threshold) {
    public Optional<Flag> apply(Prediction p) {
        double s = p.score(label);
        return s >= threshold ? Optional.of(new Flag(task, label, s)) : Optional.empty();
    }
}
