package dev.starling.app.models;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks a model for a budget: among the models of a kind that fit the memory budget and, when it
 * is given, the latency budget (milliseconds per post or per token, measured), the one of best known
 * quality; when none of them has a quality figure, the fastest; when nothing was measured, the smallest.
 *
 * @param maxMemoryBytes memory budget (Long.MAX_VALUE: none)
 * @param maxLatencyMs   latency budget per item (Double.POSITIVE_INFINITY: none)
 */
public record Recommendation(long maxMemoryBytes, double maxLatencyMs) {
    public boolean fits(ModelInfo m) {
        boolean memory = m.memoryBytes() <= maxMemoryBytes;
        boolean latency = Double.isInfinite(maxLatencyMs) || (!Double.isNaN(m.latencyMs()) && m.latencyMs() <= maxLatencyMs);
        return memory && latency;
    }

    /** The recommended model of {@code kind}, or empty when none fits. */
    public Optional<ModelInfo> pick(List<ModelInfo> models, ModelInfo.Kind kind) {
        List<ModelInfo> fitting = models.stream().filter(m -> m.kind() == kind && fits(m)).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        if (fitting.stream().anyMatch(m -> !Double.isNaN(m.qualityScore()))) {
            return fitting.stream().filter(m -> !Double.isNaN(m.qualityScore())).max(Comparator.comparingDouble(ModelInfo::qualityScore));
        }
        if (fitting.stream().anyMatch(m -> !Double.isNaN(m.speed()))) {
            return fitting.stream().filter(m -> !Double.isNaN(m.speed())).max(Comparator.comparingDouble(ModelInfo::speed));
        }
        return fitting.stream().min(Comparator.comparingLong(ModelInfo::memoryBytes));
    }
}
