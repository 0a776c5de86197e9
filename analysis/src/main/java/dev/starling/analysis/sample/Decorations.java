package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What people add around the words: hashtags in the case they happen to type, emoji runs (ZWJ sequences,
 * skin tones, variation selectors, no spaces between), elongated words, a photo, a content warning. These
 * are the details that trip up tokenizers and normalisers, so the sample has plenty of them.
 */
final class Decorations {
    private static final List<String> POSITIVE = List.of("😍", "🙌🏼", "🎉", "❤️", "😊", "👍🏽", "🥳", "💯", "✨",
            "🫶🏻", "👏🏿", "😂", "👨‍👩‍👧");
    private static final List<String> NEGATIVE = List.of("😡", "😤", "🙄", "😭", "💔", "😩", "🤦‍♂️", "🤬", "😒");
    private static final List<String> NEUTRAL = List.of("👀", "🤔", "📌", "🧵", "ℹ️", "🤷🏻‍♀️");
    /** Hashtags in the local language, by story. */
    private static final Map<String, Map<Storyline, List<String>>> LOCAL_TAGS = Map.of(
            "es", Map.of(Storyline.HEAT, List.of("OlaDeCalor"), Storyline.STRIKE, List.of("huelga"),
                    Storyline.CUP, List.of("CopaContinental")),
            "fr", Map.of(Storyline.HEAT, List.of("canicule"), Storyline.STRIKE, List.of("grève"),
                    Storyline.CUP, List.of("CoupeContinentale")),
            "de", Map.of(Storyline.HEAT, List.of("Hitzewelle"), Storyline.STRIKE, List.of("Streik"),
                    Storyline.CUP, List.of("Kontinentalpokal")),
            "pt", Map.of(Storyline.HEAT, List.of("ondadecalor"), Storyline.CUP, List.of("CopaContinental")),
            "ja", Map.of(Storyline.HEAT, List.of("猛暑"), Storyline.LAUNCH, List.of("新型スマホ"),
                    Storyline.CUP, List.of("サッカー")),
            "zh", Map.of(Storyline.HEAT, List.of("高温预警"), Storyline.CUP, List.of("洲际杯"),
                    Storyline.RECALL, List.of("咖啡机召回"), Storyline.LAUNCH, List.of("LumioX5"),
                    Storyline.DAILY, List.of("日常")),
            "zh-Hant", Map.of(Storyline.HEAT, List.of("高溫"), Storyline.CUP, List.of("洲際盃")),
            "ko", Map.of(Storyline.HEAT, List.of("폭염"), Storyline.CUP, List.of("축구")),
            "ru", Map.of(Storyline.HEAT, List.of("жара"), Storyline.CUP, List.of("футбол")),
            "ar", Map.of(Storyline.HEAT, List.of("موجة_حر"), Storyline.CUP, List.of("كرة_القدم")));

    private final PlatformPlan plan;
    private final Random rnd;

    Decorations(PlatformPlan plan, Random rnd) {
        this.plan = plan;
        this.rnd = rnd;
    }

    /** Adds the extras to {@code pieces} in place. */
    void decorate(Template t, List<Piece> pieces, Draft.Share share, boolean photo) {
        if (t.kind() != Template.Kind.NORMAL) {
            return;
        }
        if (t.lang().equals("en") && rnd.nextInt(100) < 6) {
            elongate(pieces);
        }
        if (rnd.nextInt(100) < 25) {
            pieces.add(new Piece.Words(" " + emojiRun(t.sentiment())));
        }
        if (t.storyline() != null && rnd.nextDouble() < plan.style().tags()) {
            tags(t, pieces);
        }
        // X escapes & < > as HTML entities; they go last so that no entity offset follows an escape.
        if (plan.network() == Network.X && t.lang().equals("en") && !photo && share != Draft.Share.QUOTE
                && rnd.nextInt(100) < 7) {
            pieces.add(new Piece.Words(List.of(" <3", " & that's that.", " (Q&A thread later)").get(rnd.nextInt(3))));
        }
    }

    String altText(Storyline s) {
        List<String> alts = (s == null ? Storyline.DAILY : s).altTexts();
        return alts.get(rnd.nextInt(alts.size()));
    }

    /** A Mastodon content warning for some football and heat posts, else null. */
    String spoiler(Template t) {
        if (plan.network() != Network.MASTODON || t.kind() != Template.Kind.NORMAL) {
            return null;
        }
        if (t.storyline() == Storyline.CUP && rnd.nextInt(100) < 20) {
            return "Continental Cup spoilers";
        }
        if (t.storyline() == Storyline.HEAT && t.sentiment().equals("neg") && rnd.nextInt(100) < 20) {
            return "heat, health";
        }
        return null;
    }

    private void elongate(List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k) instanceof Piece.Words w) {
                String longer = Composer.elongate(w.text(), rnd);
                if (!longer.equals(w.text())) {
                    pieces.set(k, new Piece.Words(longer));
                    return;
                }
            }
        }
    }

    private String emojiRun(String sentiment) {
        List<String> pool = switch (sentiment) {
            case "pos" -> POSITIVE;
            case "neg" -> NEGATIVE;
            default -> NEUTRAL;
        };
        String e = pool.get(rnd.nextInt(pool.size()));
        int n = rnd.nextInt(100);
        return e.repeat(n < 60 ? 1 : n < 85 ? 2 : 3);
    }

    private void tags(Template t, List<Piece> pieces) {
        List<String> local = LOCAL_TAGS.getOrDefault(t.lang(), Map.of()).getOrDefault(t.storyline(), List.of());
        List<String> pool = !local.isEmpty() && rnd.nextInt(10) < 6 ? local : t.storyline().tags();
        List<String> present = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Tag tag) {
                present.add(tag.tag().toLowerCase(Locale.ROOT));
            }
        }
        int wanted = rnd.nextInt(10) < 7 ? 1 : 2;
        boolean newline = plan.network() == Network.WEIBO && rnd.nextInt(10) < 3;
        for (int k = 0; k < wanted; k++) {
            String tag = pool.get(rnd.nextInt(pool.size()));
            if (present.contains(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            present.add(tag.toLowerCase(Locale.ROOT));
            pieces.add(new Piece.Words(newline && k == 0 ? "\n" : " "));
            pieces.add(new Piece.Tag(tag));
        }
    }
}
