package dev.starling.analysis.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and explains the bursts of the most used hashtags and terms.
 *
 * <p>Explanation of a burst of key {@code k} on day {@code d}, from the day's sampled posts that carry {@code k}:
 * <ul>
 *   <li><b>drivers</b>: every other key {@code j} in at least two of those posts, scored
 *       {@code together(j) · ln((x_j[d] + 1) / (e_j[d] + 1))} (co-occurrence times how far {@code j} itself rose above
 *       its own seasonal baseline, the mean daily count where that baseline is undefined); positive scores only;</li>
 *   <li><b>posts</b>: the most engaged of them;</li>
 *   <li><b>authors</b>: who wrote most of them.</li>
 * </ul>
 * Same-day alerts whose key drives a stronger alert are folded into it ({@link Alert#alsoBurst}), so a
 * story that lifts ten words at once gives one row; then the alerts of one key on consecutive days
 * become one episode, shown by its strongest day ({@link Alert#until}).
 *
 * @param detector   the burst rule
 * @param keysPerKind how many of the most used keys of each kind are scanned
 * @param shown      how many posts and authors an alert keeps (drivers: up to {@value #MAX_DRIVERS}, for folding)
 */
public record TrendAnalysis(SeasonalBurstDetector detector, int keysPerKind, int shown) {
    /** Drivers kept per alert; sections show the first few. */
    public static final int MAX_DRIVERS = 30;

    public static TrendAnalysis defaults() {
        return new TrendAnalysis(SeasonalBurstDetector.defaults(), 300, 5);
    }

    /** Alerts, strongest first. */
    public List<Alert> alerts(TrendData data) {
        Map<SeriesKey, long[]> counts = new HashMap<>();
        List<Alert> raw = new ArrayList<>();
        for (SeriesKey.Kind kind : SeriesKey.Kind.values()) {
            for (SeriesKey k : data.top(kind, keysPerKind)) {
                long[] x = data.counts(k);
                counts.put(k, x);
                for (SeasonalBurstDetector.Score s : detector.bursts(x)) {
                    raw.add(explain(data, k, s, counts));
                }
            }
        }
        return episodes(fold(byStrength(raw)));
    }

    private Alert explain(TrendData data, SeriesKey k, SeasonalBurstDetector.Score s, Map<SeriesKey, long[]> counts) {
        List<PostDigest> posts = data.sample(s.day()).stream().filter(p -> p.keys().contains(k)).toList();
        Map<SeriesKey, Integer> together = new HashMap<>();
        Map<String, Integer> authors = new HashMap<>();
        for (PostDigest p : posts) {
            authors.merge(p.author(), 1, Integer::sum);
            for (SeriesKey j : p.keys()) {
                if (!j.equals(k)) {
                    together.merge(j, 1, Integer::sum);
                }
            }
        }
        List<Alert.Driver> topDrivers = drivers(data, s.day(), together, counts);
        List<PostDigest> topPosts = posts.stream()
                .sorted(Comparator.comparingLong(PostDigest::engagement).reversed().thenComparing(PostDigest::id))
                .limit(shown).toList();
        List<Alert.AuthorShare> topAuthors = authors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(shown).map(e -> new Alert.AuthorShare(e.getKey(), e.getValue())).toList();
        return new Alert(k, s.day(), data.date(s.day()), s.count(), s.expected(), s.z(), topDrivers, topPosts, topAuthors, List.of(),
                data.date(s.day()), data.date(s.day()), 1);
    }

    private record Scored(Alert.Driver driver, double score) {
    }

    /** Co-occurring keys in at least two of the burst's posts, scored as in the class comment, strongest first. */
    private List<Alert.Driver> drivers(TrendData data, int day, Map<SeriesKey, Integer> together, Map<SeriesKey, long[]> counts) {
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<SeriesKey, Integer> e : together.entrySet()) {
            long[] xj = counts.computeIfAbsent(e.getKey(), data::counts);
            double ej = detector.expected(xj, day);
            double base = Double.isNaN(ej) ? meanRate(xj) : ej;
            double score = e.getValue() * Math.log((xj[day] + 1.0) / (base + 1.0));
            if (score > 0 && e.getValue() > 1) {
                scored.add(new Scored(new Alert.Driver(e.getKey(), e.getValue(), xj[day], base), score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(d -> d.driver().key().label()));
        return scored.stream().limit(MAX_DRIVERS).map(Scored::driver).toList();
    }

    private static List<Alert> byStrength(List<Alert> alerts) {
        List<Alert> sorted = new ArrayList<>(alerts);
        sorted.sort(Comparator.comparingDouble(Alert::z).reversed().thenComparing(a -> a.key().label()).thenComparingInt(Alert::day));
        return sorted;
    }

    /** Joins the alerts of one key on consecutive days (gaps of one quiet day allowed) into episodes. */
    static List<Alert> episodes(List<Alert> alerts) {
        Map<SeriesKey, List<Alert>> byKey = new HashMap<>();
        alerts.forEach(a -> byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        List<Alert> out = new ArrayList<>();
        for (List<Alert> same : byKey.values()) {
            same.sort(Comparator.comparingInt(Alert::day));
            int start = 0;
            for (int i = 1; i <= same.size(); i++) {
                if (i == same.size() || same.get(i).day() - same.get(i - 1).day() > 2) {
                    List<Alert> run = same.subList(start, i);
                    Alert peak = byStrength(run).get(0);
                    out.add(peak.withEpisode(run.get(0).date(), run.get(run.size() - 1).date(), run.size()));
                    start = i;
                }
            }
        }
        return byStrength(out);
    }

    private static double meanRate(long[] x) {
        long sum = 0;
        for (long v : x) {
            sum += v;
        }
        return x.length == 0 ? 0 : (double) sum / x.length;
    }

    /** Folds each alert into the strongest same-day alert that drives it or is driven by it. */
    static List<Alert> fold(List<Alert> byStrength) {
        List<Alert> kept = new ArrayList<>();
        Map<Alert, Set<SeriesKey>> also = new java.util.IdentityHashMap<>();
        for (Alert a : byStrength) {
            Alert host = kept.stream().filter(h -> h.day() == a.day() && (drives(h, a.key()) || drives(a, h.key())))
                    .findFirst().orElse(null);
            if (host == null) {
                kept.add(a);
                also.put(a, new LinkedHashSet<>());
            } else {
                also.get(host).add(a.key());
            }
        }
        return kept.stream().map(a -> a.withAlso(List.copyOf(also.get(a)))).toList();
    }

    private static boolean drives(Alert a, SeriesKey k) {
        return a.drivers().stream().anyMatch(d -> d.key().equals(k));
    }
}
