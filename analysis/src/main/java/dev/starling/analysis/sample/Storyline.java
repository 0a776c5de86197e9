package dev.starling.analysis.sample;

import java.util.List;
import java.util.Locale;

/**
 * The running stories of the sample's six weeks (day 0 is Monday 1 June 2026). Each has an intensity per day,
 * which decides how likely a post on that day is about it, plus the hashtags, links and photo descriptions
 * that go with it. The weights are shaped so that topic and trend detection have something to find: a phone
 * launch on day 8, a transit strike in week 3, a product recall that explodes on day 22, a heatwave peaking
 * around day 27 and a football final on day 41.
 */
enum Storyline {
    LAUNCH(List.of("LumioX5", "lumiox5", "Lumio", "NewPhone", "tech"),
            List.of("https://news.example.com/tech/lumio-x5-review", "https://lumio.example/x5",
                    "https://www.example.org/reviews/lumio-x5-battery-test"),
            List.of("A black phone on a wooden desk with its camera app open", "Night photo of a city street")),
    CUP(List.of("ContinentalCup", "CC2026", "football", "Final2026"),
            List.of("https://sport.example.com/continental-cup/lineups", "https://sport.example.com/cup/final-report"),
            List.of("Crowd in a pub cheering at a big screen", "Football stadium lit up at night")),
    HEAT(List.of("heatwave2026", "HeatWave", "Heatwave2026", "climate"),
            List.of("https://weather.example.gov/heat/cooling-centres", "https://news.example.com/heatwave-record"),
            List.of("Thermometer on a balcony showing 39 degrees", "Dog lying on cool kitchen tiles")),
    STRIKE(List.of("MetroStrike", "metrostrike", "transit"),
            List.of("https://transit.example.org/status", "https://news.example.com/metro-strike-day-3"),
            List.of("Empty metro platform with the shutters down", "Long queue at a bus stop")),
    RECALL(List.of("BrewMateRecall", "brewmate", "ProductRecall"),
            List.of("https://recalls.example.gov/brewmate-bm-200", "https://brewmate.example/recall",
                    "https://news.example.com/brewmate-recall-refunds"),
            List.of("Coffee maker with a scorched base on a kitchen counter", "Burn mark on a white worktop")),
    DAILY(List.of("photography", "coffee", "WeekendVibes", "bookworm"),
            List.of("https://blog.example.net/better-sleep", "https://www.example.com/summer-reading-list"),
            List.of("Cat asleep on a sofa", "Sunset over the sea", "Cup of coffee next to an open book"));

    private final List<String> tags;
    private final List<String> links;
    private final List<String> altTexts;

    Storyline(List<String> tags, List<String> links, List<String> altTexts) {
        this.tags = tags;
        this.links = links;
        this.altTexts = altTexts;
    }

    /** Hashtags a poster might add, in the varied case people actually type. */
    List<String> tags() {
        return tags;
    }

    List<String> links() {
        return links;
    }

    List<String> altTexts() {
        return altTexts;
    }

    /** The template topic name, e.g. "launch". */
    String topic() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Storyline ofTopic(String topic) {
        for (Storyline s : values()) {
            if (s.topic().equals(topic)) {
                return s;
            }
        }
        return null;
    }

    /** How much people talk about this story on {@code day} (0-based from the sample's first day). */
    double intensity(int day) {
        return switch (this) {
            case DAILY -> 1.2;
            case LAUNCH -> day < 5 ? 0.1 : day < 8 ? 0.6 : day == 8 ? 6.0
                    : 0.3 + 2.5 * StrictMath.exp(-(day - 8) / 5.0) + (day >= 18 && day <= 24 ? 0.6 : 0);
            case CUP -> day < 10 ? 0.2 : day < 41 ? 0.9 + (day % 3 == 0 ? 0.6 : 0) : day == 41 ? 6.0 : 1.0;
            case HEAT -> 0.1 + 3.0 * StrictMath.exp(-StrictMath.pow((day - 27) / 4.0, 2));
            case STRIKE -> day >= 14 && day <= 18 ? 2.0 : day == 29 || day == 30 ? 1.5 : 0.15;
            case RECALL -> day < 22 ? 0.05 : day == 22 ? 8.0 : 0.2 + 3.0 * StrictMath.exp(-(day - 22) / 4.0);
        };
    }

    /** The day this story peaks, or -1 when it has no single peak. */
    int spikeDay() {
        return switch (this) {
            case LAUNCH -> 8;
            case RECALL -> 22;
            case CUP -> 41;
            default -> -1;
        };
    }
}
