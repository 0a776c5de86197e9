package dev.starling.app.trends;

import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.HourlySpikes;
import dev.starling.analysis.trends.SeasonalBurstDetector;
import dev.starling.analysis.trends.TrendAnalysis;
import dev.starling.analysis.trends.TrendCollector;
import dev.starling.analysis.trends.TrendData;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.llm.Llm;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code starling trends}: spikes of hashtags and terms against a weekly baseline, each explained. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Find spikes: count posts per UTC day for every hashtag and content term, compare each day with the same "
                + "weekday in the other weeks (so an ordinary Monday peak is not news), and list the days that stand out, "
                + "each with the co-rising terms, the authors and the most engaged post that drove it.", "",
            "Rule: expected = median of the same weekday up to --weeks weeks before and after; "
                + "z = (posts - expected) / max(1.4826*MAD, sqrt(expected)); alert when z >= --z and posts - expected >= --min-excess.", "",
            "A corpus of fewer than 15 days has no weekday baseline: its spikes are found by the hour instead, each hour "
                + "against the same hour on the other days (--weeks days on each side), same rule.", "",
            "Posts are privacy-protected first (personal data redacted, accounts pseudonymised), as in analyze; "
                + "analyze also puts these alerts and a chart in report.html.", ""},
        footer = {"", "Example: starling trends                 (the bundled sample)",
            "         starling trends posts.jsonl --z 3 --top 30", ExitCodes.HELP_FOOTER})
public final class TrendsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Alerts to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--z", paramLabel = "Z", defaultValue = "3.5", description = "Robust z-score threshold (default: ${DEFAULT-VALUE}).")
    double z;

    @Option(names = "--min-excess", paramLabel = "N", defaultValue = "3", description = "Fewest posts above expected (default: ${DEFAULT-VALUE}).")
    double minExcess;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "4", description = "Weeks on each side in the baseline (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--llm", paramLabel = "URL|MODEL",
            description = "Add a one-sentence summary to each printed alert, written by this LLM: an OpenAI-compatible server "
                    + "URL or a local model (prompts pass the privacy filter first). Default: no summaries.")
    String llm;

    @Override
    public Integer call() {
        if (top < 1 || weeks < 1 || !(z > 0) || minExcess < 0) {
            throw new CliException(ExitCodes.USAGE, "--top and --weeks must be >= 1, --z > 0, --min-excess >= 0");
        }
        TrendCollector collector = TrendCollector.standard();
        long n = corpus.forEach(System.err, "trends", collector::add);
        TrendData data = collector.data();
        TrendAnalysis analysis = new TrendAnalysis(new SeasonalBurstDetector(weeks, Math.min(2, 2 * weeks), z, minExcess), 300, 5);
        List<Alert> alerts = analysis.alerts(data);
        print(System.out, n, data, alerts, summaries(alerts));
        printHourly(System.out, data, HourlySpikes.find(collector, data, analysis.detector(), 300));
        return ExitCodes.OK;
    }

    private List<String> summaries(List<Alert> alerts) {
        if (llm == null || alerts.isEmpty()) {
            return List.of();
        }
        Kernels kernels = KernelRegistry.create(Runtime.getRuntime().availableProcessors());
        try (Llm model = Llm.open(llm, kernels, corpus.filter())) {
            return TrendSummaries.of(model.generator(), alerts, top, System.err);
        } finally {
            kernels.parallel().close();
        }
    }

    private void print(PrintStream out, long n, TrendData data, List<Alert> alerts, List<String> summaries) {
        out.printf(Locale.ROOT, "%d posts over %d day(s)%s; %d alert(s)%n", n, data.days(),
                data.days() == 0 ? "" : " (" + data.date(0) + " to " + data.date(data.days() - 1) + ")", alerts.size());
        for (int k = 0; k < Math.min(top, alerts.size()); k++) {
            Alert a = alerts.get(k);
            out.printf(Locale.ROOT, "%n%s %s  %-24s %4d posts (expected %.1f, z %.1f)%n", a.date(),
                    a.date().getDayOfWeek().toString().substring(0, 3), a.key().label(), a.count(), a.expected(), a.z());
            line(out, "summary", k < summaries.size() ? summaries.get(k) : "");
            line(out, "episode", a.alertDays() == 1 ? "" : a.alertDays() + " alert days, " + a.from() + " to " + a.until());
            line(out, "driven by", AlertsSection.drivers(a));
            line(out, "also rose", AlertsSection.also(a));
            line(out, "authors", AlertsSection.authors(a));
            line(out, "top post", AlertsSection.topPost(a));
        }
    }

    private void printHourly(PrintStream out, TrendData data, List<HourlySpikes.Spike> spikes) {
        if (data.days() == 0 || data.days() >= HourlySpikes.SHORT_DAYS) {
            return;
        }
        out.printf(Locale.ROOT, "%nhourly spikes (%d day(s) of posts: each hour against the same hour on the other days): %d%n",
                data.days(), spikes.size());
        for (HourlySpikes.Spike s : spikes.subList(0, Math.min(top, spikes.size()))) {
            out.printf(Locale.ROOT, "%s  %-24s %s%s%n", HourlySpikesSection.HOUR.format(s.hour()), s.key().label(),
                    HourlySpikesSection.line(s), s.hours() == 1 ? "" : ", " + s.hours() + " hours in a row");
        }
    }

    private static void line(PrintStream out, String what, String text) {
        if (!text.isEmpty()) {
            out.printf(Locale.ROOT, "  %-10s %s%n", what, text);
        }
    }
}
