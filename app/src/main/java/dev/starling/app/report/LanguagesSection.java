package dev.starling.app.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts per language: a ring of the most frequent languages (the rest as "other") and a table. */
final class LanguagesSection implements ReportSection {
    /** Slices in the ring before the rest is merged into "other": more are unreadable. */
    static final int SLICES = 9;
    private final Map<String, Long> languages;

    LanguagesSection(Map<String, Long> languages) {
        this.languages = languages;
    }

    @Override
    public String id() {
        return "languages";
    }

    @Override
    public String title() {
        return "Languages";
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (total() == 0) {
            return Optional.empty();
        }
        Map<String, Long> slices = new LinkedHashMap<>();
        long other = 0;
        for (Map.Entry<String, Long> e : sorted()) {
            if (slices.size() < SLICES) {
                slices.put(e.getKey(), e.getValue());
            } else {
                other += e.getValue();
            }
        }
        if (other > 0) {
            slices.merge("other", other, Long::sum);
        }
        return Optional.of(ChartSpec.of(Charts.pie("Posts", slices)));
    }

    @Override
    public String html() {
        if (total() == 0) {
            return Html.noData("no post had a language");
        }
        Html.Table table = new Html.Table("Language", "Posts", "Share");
        for (Map.Entry<String, Long> e : sorted()) {
            table.row(e.getKey(), e.getValue(), new Html.Share(e.getValue(), total()));
        }
        return table.html();
    }

    private List<Map.Entry<String, Long>> sorted() {
        return languages.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    private long total() {
        return languages.values().stream().mapToLong(Long::longValue).sum();
    }
}
