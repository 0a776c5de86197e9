package dev.starling.analysis.explain;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A family of explainers, registered in {@code META-INF/services/dev.starling.analysis.explain.ExplainerProvider}:
 * a new classifier kind adds a provider, not a branch in a switch.
 */
public interface ExplainerProvider {
    /** The classifier names this provider explains. */
    List<String> tasks();

    /** The explainer for {@code task} (one of {@link #tasks()}); may load a model (seconds). */
    Explainer create(String task, ExplainSettings settings);

    /** Every registered provider. */
    static List<ExplainerProvider> all() {
        return ServiceLoader.load(ExplainerProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Every name some provider explains, in provider order. */
    static List<String> allTasks() {
        return all().stream().flatMap(p -> p.tasks().stream()).toList();
    }

    /** The explainer for {@code task}, if a provider knows it. */
    static Optional<Explainer> find(String task, ExplainSettings settings) {
        for (ExplainerProvider p : all()) {
            if (p.tasks().contains(task)) {
                return Optional.of(p.create(task, settings));
            }
        }
        return Optional.empty();
    }
}
