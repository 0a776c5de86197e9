package dev.starling.analysis.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes handles the way people pick them on each network, deliberately varied in case and with underscores
 * and digits ({@code Maya_Okafor}, {@code lucia_garcia93}, {@code SMITH_J}), because mention masking that
 * only matches one shape is a known failure of other tools.
 */
final class Handles {
    private static final List<String> ADJECTIVES = List.of("Sad", "Happy", "Curious", "Salty", "Quiet", "Lucky",
            "Grumpy", "Brave", "Sleepy", "Clever");
    private static final List<String> NOUNS = List.of("Panda", "Otter", "Falcon", "Teapot", "Walrus", "Cactus",
            "Pigeon", "Noodle", "Badger", "Comet");

    private final Random rnd;

    Handles(Random rnd) {
        this.rnd = rnd;
    }

    /** A handle for a person called {@code given family} (Latin letters) on {@code network}. */
    String person(Network network, String given, String family) {
        String g = letters(given);
        String f = letters(family);
        return switch (network) {
            case X -> cut(switch (rnd.nextInt(7)) {
                case 0 -> cap(g) + "_" + cap(f);
                case 1 -> g + f + two();
                case 2 -> g + "_" + f;
                case 3 -> cap(g) + cap(f);
                case 4 -> g + f.charAt(0) + "_" + two();
                case 5 -> "the" + cap(g) + cap(f);
                default -> f.toUpperCase(Locale.ROOT) + "_" + g.toUpperCase(Locale.ROOT).charAt(0);
            }, 15);
            case REDDIT -> cut(switch (rnd.nextInt(5)) {
                case 0, 1 -> pick(ADJECTIVES) + "_" + pick(NOUNS) + "_" + (1000 + rnd.nextInt(9000));
                case 2 -> g + f;
                case 3 -> cap(g) + "_" + cap(f) + two();
                default -> "throwaway_" + g + two();
            }, 20);
            case MASTODON -> cut(switch (rnd.nextInt(3)) {
                case 0 -> g;
                case 1 -> g + "_" + f;
                default -> g + f + two();
            }, 30);
            case BLUESKY -> switch (rnd.nextInt(3)) {
                case 0 -> g + f + ".bsky.social";
                case 1 -> g + "-" + f + ".bsky.social";
                default -> g + two() + ".bsky.social";
            };
            case WEIBO -> throw new IllegalArgumentException("Weibo uses screen names from nicknames.txt");
        };
    }

    /** A handle for a spam account. */
    String spammer(Network network) {
        String base = pick(List.of("crypto_rewards", "FreeGiftClaim", "promo_deals", "FollowBoost", "airdrop_official",
                "WinBig", "cash_daily"));
        String h = base + (10 + rnd.nextInt(90)) + (rnd.nextBoolean() ? "" : String.valueOf(rnd.nextInt(10)));
        return switch (network) {
            case BLUESKY -> h.toLowerCase(Locale.ROOT).replace('_', '-') + ".bsky.social";
            case MASTODON -> h.toLowerCase(Locale.ROOT);
            default -> h;
        };
    }

    /** A display name a spam account uses. */
    String spammerName() {
        return pick(List.of("Crypto Rewards 🚀", "Free Gifts Official", "Promo Deals", "Follower Boost 💯",
                "Airdrop Team", "Daily Cash 💰"));
    }

    /** A shown name: mostly the plain name, sometimes with a short flourish as people add. */
    String displayName(String lang, Names.Name given, Names.Name family) {
        String plain = switch (lang) {
            case "zh", "zh-Hant", "ja", "ko" -> family.nativeForm() + given.nativeForm();
            default -> given.nativeForm() + " " + family.nativeForm();
        };
        return switch (rnd.nextInt(8)) {
            case 0 -> given.nativeForm() + " " + pick(List.of("🌻", "✨", "☕", "🏃‍♀️", "🇺🇦", "🏳️‍🌈"));
            case 1 -> plain + " | " + pick(List.of("runner", "dev", "coffee addict", "she/her", "he/him"));
            default -> plain;
        };
    }

    static String letters(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String two() {
        return String.valueOf(10 + rnd.nextInt(90));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
