package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.PostAnalyzer;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.analysis.readers.ReadReport;
import dev.starling.analysis.readers.Skip;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.io.AtomicOutput;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.insight.Insights;
import dev.starling.app.io.Progress;
import dev.starling.app.report.ReportSection;
import dev.starling.app.report.StandardSections;
import dev.starling.engine.ops.Kernels;
import dev.starling.app.report.HtmlReport;
import dev.starling.app.report.InputSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@code analyze} run: read every input, analyse in batches, store, write posts.jsonl and the report. */
final class AnalysisRun {
    private final AnalyzeOptions o;
    private final PostAnalyzer analyzer;
    private final Kernels kernels;
    private final List<Insight> insights;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final ReportAggregator report;
    private final List<InputSummary.Source> sources = new ArrayList<>();
    private final List<InputSummary.Skipped> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long recordsRead;
    private long skippedCount;
    private long outsideWindow;
    private boolean inputFailed;

    AnalysisRun(AnalyzeOptions o, PostAnalyzer analyzer, Kernels kernels, PrintStream stdout, PrintStream stderr) {
        this.o = o;
        this.analyzer = analyzer;
        this.kernels = kernels;
        this.insights = o.noInsight().contains("all") ? List.of() : Insights.load(o.noInsight(), o.insight());
        this.stdout = stdout;
        this.stderr = stderr;
        this.report = new ReportAggregator(Classifiers.OVER_TIME);
    }

    int run() throws IOException {
        Files.createDirectories(o.out());
        long start = System.nanoTime();
        Progress progress = new Progress(stderr, "analyze", -1, Progress.stderrIsTerminal());
        try (ResultStore store = Stores.open(o.db(), String.join(" ", o.inputs().stream().map(Path::toString).toList()));
             AtomicOutput jsonl = new AtomicOutput(o.out().resolve("posts.jsonl"))) {
            Writer w = jsonl.writer();
            for (Path input : o.inputs()) {
                readOne(input, store, w, progress);
            }
            jsonl.commit();
            progress.finish(report.posts());
            double seconds = (System.nanoTime() - start) / 1e9;
            finishNotes();
            Path html = o.out().resolve("report.html");
            List<ReportSection> extra = finishInsights();
            var data = report.build("Starling analysis", new InputSummary(sources, recordsRead, skippedCount, skipped), notes);
            List<ReportSection> sections = new ArrayList<>(StandardSections.of(data));
            sections.addAll(extra);
            HtmlReport.write(data, sections, html);
            new Summary(stdout).print(report, sources, skippedCount, seconds, store.describe(), o.out());
        }
        return inputFailed ? ExitCodes.IO : ExitCodes.OK;
    }

    private void readOne(Path input, ResultStore store, Writer w, Progress progress) throws IOException {
        try (PostStream posts = PostReaders.open(input, Optional.ofNullable(o.format()))) {
            List<Post> batch = new ArrayList<>(o.batchSize());
            while (posts.hasNext()) {
                Post p = posts.next();
                if (!o.time().accepts(p.createdAt())) {
                    outsideWindow++;
                    continue;
                }
                batch.add(p);
                if (batch.size() == o.batchSize()) {
                    flush(batch, store, w);
                    progress.update(report.posts());
                }
            }
            flush(batch, store, w);
            progress.update(report.posts());
            account(input, posts.report());
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.io.UncheckedIOException || e instanceof IOException) {
                inputFailed = true;
                String msg = input + ": cannot read: " + e.getMessage();
                notes.add(msg);
                stderr.println("starling analyze: " + msg);
                return;
            }
            throw e;
        }
    }

    private void flush(List<Post> batch, ResultStore store, Writer w) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<AnalyzedPost> done = analyzer.analyze(batch);
        store.write(done);
        for (AnalyzedPost a : done) {
            w.write(PostRecord.json(a));
            w.write('\n');
            report.add(a);
            for (Insight i : insights) {
                i.add(a);
            }
        }
        batch.clear();
    }

    /** Runs every insight; one that fails is reported and left out, the report is still written. */
    private List<ReportSection> finishInsights() {
        InsightContext ctx = new InsightContext(o.out(), kernels, stdout, stderr, o.seed());
        List<ReportSection> sections = new ArrayList<>();
        for (Insight i : insights) {
            try {
                sections.addAll(i.finish(ctx));
            } catch (IOException | RuntimeException e) {
                String msg = "insight '" + i.name() + "' failed: " + e;
                notes.add(msg);
                stderr.println("starling analyze: " + msg);
            }
        }
        return sections;
    }

    private void account(Path input, ReadReport r) {
        sources.add(new InputSummary.Source(input.toString(), r.format(), r.postsProduced()));
        recordsRead += r.recordsRead();
        skippedCount += r.skippedCount();
        for (Skip s : r.skipped()) {
            if (skipped.size() < InputSummary.MAX_SKIPPED_SHOWN) {
                skipped.add(new InputSummary.Skipped(input.getFileName().toString(), s.where().line(), s.kind() + ": " + s.detail()));
            }
        }
        if (r.skippedCount() > 0) {
            stderr.printf("starling analyze: %s: %d record(s) skipped (%s)%n", input, r.skippedCount(), firstLines(r));
        }
        if (r.damaged()) {
            notes.add(input + ": the file is damaged (truncated or corrupt); the records before the damage were analysed");
        }
    }

    private static String firstLines(ReadReport r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, r.skipped().size()); i++) {
            Skip s = r.skipped().get(i);
            sb.append(i == 0 ? "" : ", ").append("line ").append(s.where().line()).append(": ").append(s.kind().name().toLowerCase());
        }
        return r.skipped().size() > 5 ? sb + ", ..." : sb.toString();
    }

    private void finishNotes() {
        if (outsideWindow > 0) {
            notes.add(outsideWindow + " post(s) outside --since/--until were left out");
        }
    }
}
