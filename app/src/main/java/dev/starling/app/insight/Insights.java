package dev.starling.app.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Finds the registered {@link Insight} kinds. */
public final class Insights {
    private Insights() {
    }

    /** A fresh instance of every registered insight whose name is not in {@code disabled}, ordered by name. */
    public static List<Insight> load(Set<String> disabled) {
        return load(disabled, InsightOptions.none());
    }

    /** As {@link #load(Set)}, each insight {@linkplain Insight#configure configured} with {@code options}. */
    public static List<Insight> load(Set<String> disabled, InsightOptions options) {
        List<Insight> all = new ArrayList<>();
        for (Insight i : ServiceLoader.load(Insight.class, Insights.class.getClassLoader())) {
            if (!disabled.contains(i.name())) {
                i.configure(options);
                all.add(i);
            }
        }
        all.sort(Comparator.comparing(Insight::name));
        return all;
    }
}
