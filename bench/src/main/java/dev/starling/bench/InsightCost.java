package dev.starling.bench;

import dev.starling.analysis.influence.InfluenceCollector;
import dev.starling.analysis.influence.PageRank;
import dev.starling.analysis.influence.ShareOfVoice;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.analysis.trends.TrendAnalysis;
import dev.starling.analysis.trends.TrendCollector;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the trends and influence insights cost per post: the bundled sample, protected, copied
 * {@code COPIES} times (each copy six weeks later, ids and references suffixed), fed to the three
 * collectors; then the finish step (bursts, explanations, PageRank, share of voice). Times are this
 * thread's CPU time, not wall time, because the machine is shared. Prints each run and the medians.
 * Usage: {@code java -cp ... dev.starling.bench.InsightCost [COPIES=100] [RUNS=6]} from the repository root.
 */
public final class InsightCost {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private InsightCost() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Post> posts = corpus(copies);
        double[] add = new double[runs];
        double[] finish = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = MX.getCurrentThreadCpuTime();
            TrendCollector trends = TrendCollector.standard();
            InfluenceCollector graph = new InfluenceCollector();
            ShareOfVoice sov = new ShareOfVoice(List.of());
            for (Post p : posts) {
                trends.add(p);
                graph.add(p);
                sov.add(p);
            }
            long t1 = MX.getCurrentThreadCpuTime();
            int alerts = TrendAnalysis.defaults().alerts(trends.data()).size();
            int accounts = graph.finish(PageRank.standard()).accounts();
            sov.table(6);
            long t2 = MX.getCurrentThreadCpuTime();
            add[r] = (t1 - t0) / 1e3 / posts.size();
            finish[r] = (t2 - t1) / 1e6;
            System.out.printf(Locale.ROOT, "run %d: %d posts, add %.2f us/post, finish %.0f ms (%d alerts, %d accounts)%n",
                    r, posts.size(), add[r], finish[r], alerts, accounts);
        }
        System.out.printf(Locale.ROOT, "median: add %.2f us/post, finish %.0f ms%n", median(add), median(finish));
    }

    private static List<Post> corpus(int copies) throws Exception {
        PrivacyFilter filter = PrivacyFilter.standard(PrivacyPolicy.defaults(),
                PseudonymKey.of("insight-cost-bench-key-0123456789".getBytes(StandardCharsets.US_ASCII)));
        List<Post> base = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/sample"))) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith("MANIFEST.json")).sorted().toList()) {
                try (PostStream s = PostReaders.open(f, Optional.empty())) {
                    while (s.hasNext()) {
                        base.add(filter.protect(s.next()));
                    }
                }
            }
        }
        List<Post> out = new ArrayList<>(base.size() * copies);
        for (int c = 0; c < copies; c++) {
            Duration shift = Duration.ofDays(42L * c);
            String sfx = "-" + c;
            for (Post p : base) {
                out.add(new Post(p.id() + sfx, p.platform(), p.author(), p.createdAt() == null ? null : p.createdAt().plus(shift),
                        p.text(), p.language(), p.replyTo() == null ? null : p.replyTo() + sfx, p.quoteOf() == null ? null : p.quoteOf() + sfx,
                        p.repostOf() == null ? null : p.repostOf() + sfx, p.metrics(), p.hashtags(), p.mentions(), p.urls(), p.media()));
            }
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
