package dev.starling.engine.train;

/** The learning rate at each optimizer step (0-based). */
@FunctionalInterface
public interface LearningRateSchedule {
    double at(long step);

    static LearningRateSchedule constant(double lr) {
        return step -> lr;
    }

    /** Linear warm-up from 0 to {@code peak} over {@code warmup} steps, then linear decay to 0 at {@code total}. */
    static LearningRateSchedule warmupLinear(double peak, long warmup, long total) {
        return step -> {
            if (step < warmup) {
                return peak * (step + 1) / warmup;
            }
            return peak * Math.max(0.0, (double) (total - step) / Math.max(1, total - warmup));
        };
    }

    /** Linear warm-up, then a cosine from {@code peak} down to {@code peak·floor} at {@code total}. */
    static LearningRateSchedule warmupCosine(double peak, long warmup, long total, double floor) {
        return step -> {
            if (step < warmup) {
                return peak * (step + 1) / warmup;
            }
            double progress = Math.min(1.0, (double) (step - warmup) / Math.max(1, total - warmup));
            return peak * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
        };
    }
}
