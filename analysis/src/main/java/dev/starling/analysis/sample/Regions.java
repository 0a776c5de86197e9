package dev.starling.analysis.sample;

import java.util.List;
import java.util.Random;

/** Where the speakers of a language live: their UTC offset (posting peaks in the local evening) and Mastodon server. */
final class Regions {
    private Regions() {
    }

    /** Hours ahead of UTC for a speaker of {@code lang} (June: summer time where it applies). */
    static int offset(String lang, Random rnd) {
        List<Integer> options = switch (lang) {
            case "en" -> List.of(-7, -5, -4, 1, 1, 10);
            case "es" -> List.of(2, 2, -6, -3);
            case "fr", "de", "it" -> List.of(2);
            case "pt" -> List.of(-3, -3, 1);
            case "ja", "ko" -> List.of(9);
            case "zh", "zh-Hant" -> List.of(8);
            case "ar" -> List.of(3, 4, 1);
            case "ru" -> List.of(3);
            default -> List.of(0);
        };
        return options.get(rnd.nextInt(options.size()));
    }

    /** The Mastodon instance an account of {@code lang} plausibly lives on. */
    static String mastodonServer(String lang, Random rnd) {
        List<String> options = switch (lang) {
            case "de" -> List.of("chaos.social", "det.social", "mastodon.social");
            case "fr" -> List.of("piaille.fr", "mastodon.social");
            case "ja" -> List.of("mstdn.jp", "mastodon-japan.net");
            case "es" -> List.of("masto.es", "mastodon.social");
            case "pt" -> List.of("mastodon.com.br", "mastodon.social");
            case "it" -> List.of("mastodon.uno");
            default -> List.of("mastodon.social", "mastodon.social", "fosstodon.org", "hachyderm.io", "mas.to");
        };
        return options.get(rnd.nextInt(options.size()));
    }
}
