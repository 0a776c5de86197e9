package dev.starling.app.trends;

import dev.starling.analysis.trends.HourlySpikes;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Spikes by the hour, for a corpus of a few days (too short for the weekday baseline of the alerts). */
final class HourlySpikesSection implements ReportSection {
    static final int SHOWN = 15;
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final List<HourlySpikes.Spike> spikes;
    private final int days;

    HourlySpikesSection(List<HourlySpikes.Spike> spikes, int days) {
        this.spikes = spikes.stream().limit(SHOWN).toList();
        this.days = days;
    }

    @Override
    public String id() {
        return "hourly-spikes";
    }

    @Override
    public String title() {
        return "Hourly spikes";
    }

    @Override
    public String html() {
        String rule = "The posts span " + days + " day(s), too few for a weekday baseline, so each hour of the most used "
                + "hashtags and terms is compared with the same hour on the other days (median; z as for the alerts, "
                + "z ≥ 3.5 and at least 3 posts above expected); consecutive spiking hours are one row.";
        if (spikes.isEmpty()) {
            return Html.paragraph(rule) + Html.noData("no hashtag or term rose far above its usual level for that hour");
        }
        Html.Table t = new Html.Table("peak hour", "series", "posts (expected, z)", "hours");
        for (HourlySpikes.Spike s : spikes) {
            t.row(HOUR.format(s.hour()), s.key().label(), line(s), s.hours());
        }
        return Html.paragraph(rule) + t.html();
    }

    static String line(HourlySpikes.Spike s) {
        return String.format(Locale.ROOT, "%d (%.1f, z %.1f)", s.count(), s.expected(), s.z());
    }
}
