package dev.starling.app.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How much personal data was redacted, per type: bars and the numbers. */
final class RedactionsSection implements ReportSection {
    /** Readable names of the usual types; other types are shown as given. */
    private static final Map<String, String> NAMES = Map.of("email", "e-mail addresses", "phone", "phone numbers",
            "card", "payment card numbers", "iban", "IBANs", "ip", "IP addresses",
            "url-secret", "secrets in URLs", "handle", "handles pseudonymised");
    private final Map<String, Long> counts;

    RedactionsSection(Map<String, Long> counts) {
        this.counts = counts;
    }

    @Override
    public String id() {
        return "personal-data";
    }

    @Override
    public String title() {
        return "Personal data redacted";
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (total() == 0) {
            return Optional.empty();
        }
        List<String> names = counts.keySet().stream().map(RedactionsSection::name).toList();
        return Optional.of(ChartSpec.of(Charts.horizontalBar("Redacted", names, List.copyOf(counts.values()))));
    }

    @Override
    public String html() {
        if (total() == 0) {
            return Html.noData("nothing was redacted");
        }
        Html.Table table = new Html.Table("Personal data", "Redacted");
        counts.forEach((type, n) -> table.row(name(type), n));
        table.row("total", total());
        return table.html();
    }

    private static String name(String type) {
        return NAMES.getOrDefault(type, type);
    }

    private long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
