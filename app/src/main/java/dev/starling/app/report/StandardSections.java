package dev.starling.app.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sections every analysis report has, in page order. Later features insert their own
 * sections into a copy of this list and pass it to {@link HtmlReport#write(ReportData, List, java.nio.file.Path)}.
 */
public final class StandardSections {
    /** Tasks whose course over time is always shown (saying "no data" when absent), before any other. */
    public static final List<String> TIME_SERIES_TASKS = List.of("sentiment", "emotion");

    private StandardSections() {
    }

    /**
     * Summary; languages; each task over time (sentiment and emotion first); hashtags; authors;
     * labels per task; personal data redacted; flagged posts; skipped records and notes. Narrow
     * sections come in pairs so that they sit side by side on a wide screen.
     */
    public static List<ReportSection> of(ReportData data) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new SummarySection(data));
        sections.add(new LanguagesSection(data.languages()));
        Set<String> tasks = new LinkedHashSet<>(TIME_SERIES_TASKS);
        tasks.addAll(data.overTime().keySet());
        for (String task : tasks) {
            sections.add(new TimeSeriesSection(task, data.overTime().getOrDefault(task, TimeSeries.empty()),
                    data.labelCounts().getOrDefault(task, Map.of())));
        }
        sections.add(new HashtagsSection(data.topHashtags()));
        sections.add(new AuthorsSection(data.topAuthors()));
        sections.add(new LabelsSection(data.labelCounts()));
        sections.add(new RedactionsSection(data.redactions()));
        sections.add(new FlaggedPostsSection(data.flagged(), data.flaggedTotal()));
        sections.add(new ProblemsSection(data.input(), data.notes()));
        return List.copyOf(sections);
    }

    /** A section id made from a name: lower case, runs of other characters as one '-'. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "task" : s;
    }
}
