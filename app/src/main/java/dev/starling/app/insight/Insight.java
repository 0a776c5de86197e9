package dev.starling.app.insight;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.app.report.ReportSection;

import java.io.IOException;
import java.util.List;

/**
 * A corpus-level analysis that {@code analyze} runs after the per-post pipeline: topics, trends,
 * influence, engagement, explanations. Each kind registers itself through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.starling.app.insight.Insight}); {@code analyze} makes one fresh
 * instance per run, feeds it every analysed post in input order and asks it for report sections.
 *
 * <p>Posts arrive privacy-protected (redacted text, pseudonymised authors): an insight never sees
 * personal data, so whatever it writes (files, sections, logs) is safe.
 */
public interface Insight {
    /** A short lower-case name ("topics", "trends" …): used in messages and {@code --no-insight NAME}. */
    String name();

    /** Takes the run's options; called once, before the first {@link #add}. The default ignores them. */
    default void configure(InsightOptions options) {
    }

    /** Sees one analysed post. Keep only what {@link #finish} needs: corpora may be large. */
    void add(AnalyzedPost post);

    /**
     * Computes the result once every post was added and returns the report sections to show (in
     * page order, after the standard sections). May write files into {@link InsightContext#out()}
     * and print one short line to {@link InsightContext#stdout()}.
     */
    List<ReportSection> finish(InsightContext context) throws IOException;
}
