package dev.starling.app.analyze;

import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.app.insight.InsightOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The validated settings of one {@code analyze} run.
 *
 * @param inputs    files to read, in order
 * @param format    a format name that overrides sniffing, or null
 * @param db        the DuckDB file, or null for no database
 * @param out       the output directory (report.html, posts.jsonl)
 * @param time      the --since/--until window
 * @param languages languages to keep (empty: all)
 * @param tasks     tasks to run
 * @param policy    privacy modes per type
 * @param batchSize posts per batch
 * @param seed      seed of the corpus-level insights
 * @param noInsight insights to skip ("all" skips every one)
 * @param insight   options handed to every insight (--track …)
 */
record AnalyzeOptions(List<Path> inputs, String format, Path db, Path out, TimeFilter time, Set<String> languages,
                      List<String> tasks, PrivacyPolicy policy, int batchSize,
                      long seed, Set<String> noInsight, InsightOptions insight) {
    AnalyzeOptions {
        inputs = List.copyOf(inputs);
        languages = Set.copyOf(languages);
        tasks = List.copyOf(tasks);
        noInsight = Set.copyOf(noInsight);
    }

    /** These options with other insight options ({@code --llm} is opened after the options are read). */
    AnalyzeOptions withInsight(InsightOptions i) {
        return new AnalyzeOptions(inputs, format, db, out, time, languages, tasks, policy, batchSize, seed, noInsight, i);
    }

    Predicate<String> languageFilter() {
        return languages.isEmpty() ? lang -> true : languages::contains;
    }
}
