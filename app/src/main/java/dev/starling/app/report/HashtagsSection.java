package dev.starling.app.report;

import java.util.List;
import java.util.Optional;

/** The most used hashtags as horizontal bars. */
final class HashtagsSection implements ReportSection {
    /** Bars shown; the data may hold more. */
    static final int SHOWN = 20;
    private final List<TagCount> tags;

    HashtagsSection(List<TagCount> tags) {
        this.tags = tags.stream().filter(t -> t.count() > 0).limit(SHOWN).toList();
    }

    @Override
    public String id() {
        return "hashtags";
    }

    @Override
    public String title() {
        return "Top hashtags";
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = tags.stream().map(t -> "#" + t.tag()).toList();
        List<Long> counts = tags.stream().map(TagCount::count).toList();
        return Optional.of(new ChartSpec(Charts.horizontalBar("Posts", names, counts), 60 + 24 * tags.size()));
    }

    @Override
    public String html() {
        return tags.isEmpty() ? Html.noData("no post carried a hashtag") : "";
    }
}
