package dev.starling.analysis.sample;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one post: picks a template that fits the slot (kind, language, personal data, the stories of that
 * day, the thread it answers), expands its placeholders into pieces and adds what people add: hashtags,
 * emoji runs, elongated words, a photo.
 */
final class Composer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\{(@|url|spamurl|n|email|phone|card|iban|ipv4|ipv6|secret)}"
                    + "|(?<![\\p{L}\\p{N}_&/])#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");
    private static final List<String> SPAM_LINKS = List.of("https://free-gift-claim.example/win?id=88213",
            "https://cutt.example/xK92fa", "http://airdrop-eth.example/claim", "https://earn-daily.example/join",
            "https://promo.example.net/r/7Hq2", "http://followers-cheap.example/buy");
    private static final Pattern ELONGATE = Pattern.compile("\\b(so|love|good|yes|please|cool|no)\\b");

    private final PlatformPlan plan;
    private final Cast cast;
    private final Phrasebook book;
    private final PersonalData personal;
    private final Map<Template, Integer> uses;
    private final Random rnd;
    private final Decorations decorations;

    Composer(PlatformPlan plan, Cast cast, Phrasebook book, PersonalData personal, Map<Template, Integer> uses,
             Random rnd) {
        this.plan = plan;
        this.cast = cast;
        this.book = book;
        this.personal = personal;
        this.uses = uses;
        this.rnd = rnd;
        this.decorations = new Decorations(plan, rnd);
    }

    Draft compose(Planner.Slot slot, Draft.Share share, Draft parent, Persona replyTo, int seq) {
        if (share == Draft.Share.REPOST) {
            return new Draft(seq, slot.author(), slot.at(), parent.template(), share, parent, null, parent.pieces(),
                    List.of(), null, null, null, popularity(slot, parent.template()) * 0.3);
        }
        int day = Timeline.localDay(slot.at(), slot.author().utcOffset());
        Template t = pick(slot, day, parent);
        List<PlantedPii> pii = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        if (replyTo != null && plan.style().leadingMention() && !t.mentions()) {
            pieces.add(new Piece.Mention(replyTo));
            pieces.add(new Piece.Words(" "));
        }
        String spamLink = SPAM_LINKS.get(rnd.nextInt(SPAM_LINKS.size()));
        expand(t, slot.author(), replyTo, spamLink, pii, pieces);
        if (plan.network() == Network.REDDIT && t.kind() == Template.Kind.NORMAL && pii.isEmpty()
                && rnd.nextInt(100) < 35) {
            Template more = second(t);
            if (more != null) {
                pieces.add(new Piece.Words(" "));
                expand(more, slot.author(), replyTo, spamLink, pii, pieces);
            }
        }
        String photo = t.kind() == Template.Kind.NORMAL && share != Draft.Share.QUOTE
                && rnd.nextDouble() < plan.style().photo() ? decorations.altText(t.storyline()) : null;
        decorations.decorate(t, pieces, share, photo != null);
        String title = plan.style().titles() && share == Draft.Share.ORIGINAL ? title(t, pieces) : null;
        return new Draft(seq, slot.author(), slot.at(), t, share, parent, replyTo, List.copyOf(pieces),
                List.copyOf(pii), title, photo, decorations.spoiler(t), popularity(slot, t));
    }

    private Template pick(Planner.Slot slot, int day, Draft parent) {
        List<Template> options = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        DayOfWeek dow = Timeline.dayOfWeek(day);
        for (Template t : book.of(slot.lang())) {
            if (!Phrasebook.fits(t, slot.kind(), slot.pii(), plan.style().pii())) {
                continue;
            }
            double w = t.storyline() == null ? (t.topic().equals("hate") ? 0.5 : 1.0) : t.storyline().intensity(day);
            if (parent != null && t.storyline() != null && t.storyline() == parent.template().storyline()) {
                w *= 15; // answers stay on the thread's story
            }
            if (t.text().contains("#MondayMotivation") && dow != DayOfWeek.MONDAY
                    || t.text().contains("#FridayFeeling") && dow != DayOfWeek.FRIDAY) {
                w *= 0.05;
            }
            options.add(t);
            weights.add(w / (1 + 4 * uses.getOrDefault(t, 0)));
        }
        if (options.isEmpty()) {
            throw new IllegalStateException("no template for " + slot);
        }
        Template t = options.get(Weighted.index(weights, rnd));
        uses.merge(t, 1, Integer::sum);
        return t;
    }

    /** Another ordinary template of the same language and story, for a longer Reddit comment. */
    private Template second(Template first) {
        List<Template> options = new ArrayList<>();
        for (Template t : book.of(first.lang())) {
            if (t != first && t.storyline() == first.storyline() && Phrasebook.fits(t, Template.Kind.NORMAL, null, Set.of())
                    && !t.mentions()) {
                options.add(t);
            }
        }
        return options.isEmpty() ? null : options.get(rnd.nextInt(options.size()));
    }

    private void expand(Template t, Persona author, Persona replyTo, String spamLink, List<PlantedPii> pii,
                        List<Piece> out) {
        Matcher m = TOKEN.matcher(t.text());
        int last = 0;
        while (m.find()) {
            words(out, t.text().substring(last, m.start()));
            if (m.group(2) != null) {
                out.add(new Piece.Tag(m.group(2)));
            } else {
                out.add(placeholder(m.group(1), t, author, replyTo, spamLink, pii));
            }
            last = m.end();
        }
        words(out, t.text().substring(last));
    }

    private Piece placeholder(String name, Template t, Persona author, Persona replyTo, String spamLink,
                              List<PlantedPii> pii) {
        return switch (name) {
            case "@" -> new Piece.Mention(replyTo != null ? replyTo : cast.someoneElse(author, t.lang(), rnd));
            case "url" -> {
                List<String> links = (t.storyline() == null ? Storyline.DAILY : t.storyline()).links();
                yield new Piece.Link(links.get(rnd.nextInt(links.size())));
            }
            case "spamurl" -> new Piece.Link(spamLink);
            case "n" -> new Piece.Words(String.valueOf(2 + rnd.nextInt(8)));
            default -> {
                PlantedPii p = personal.make(PiiType.valueOf(name.equals("secret") ? "SECRET_URL"
                        : name.toUpperCase(java.util.Locale.ROOT)), author);
                pii.add(p);
                yield new Piece.Words(p.value());
            }
        };
    }

    private static void words(List<Piece> out, String text) {
        if (!text.isEmpty()) {
            out.add(new Piece.Words(text));
        }
    }

    /**
     * A Reddit title: a title template of the story in the post's language, else a generic one of the
     * language, else (spam, abuse, languages without titles) the post's first sentence.
     */
    private String title(Template t, List<Piece> pieces) {
        List<Template> story = new ArrayList<>();
        List<Template> generic = new ArrayList<>();
        for (Template c : book.of(t.lang())) {
            if (!c.isTitle() || t.storyline() == null) {
                continue;
            }
            if (c.storyline() == t.storyline()) {
                story.add(c);
            } else if (c.storyline() == Storyline.DAILY) {
                generic.add(c);
            }
        }
        List<Template> options = story.isEmpty() ? generic : story;
        if (!options.isEmpty() && t.kind() == Template.Kind.NORMAL) {
            return options.get(rnd.nextInt(options.size())).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> sb.append(w.text());
                case Piece.Tag tag -> sb.append('#').append(tag.tag());
                case Piece.Mention m -> sb.append("u/").append(m.who().handle());
                case Piece.Link l -> sb.append(l.url());
            }
        }
        String first = sb.toString().strip().split("(?<=[.!?？！。])\\s")[0];
        return first.length() <= 90 ? first : first.substring(0, 87).strip() + "...";
    }

    private double popularity(Planner.Slot slot, Template t) {
        double p = StrictMath.sqrt(slot.author().followers() + 1.0) * StrictMath.exp(0.8 * rnd.nextGaussian());
        if (t.kind() == Template.Kind.SPAM) {
            p *= 0.03;
        } else if (t.kind() == Template.Kind.ABUSE) {
            p *= 0.4;
        } else if (t.storyline() != null
                && t.storyline().spikeDay() == Timeline.localDay(slot.at(), slot.author().utcOffset())) {
            p *= 2.0;
        }
        return p;
    }

    static String elongate(String text, Random rnd) {
        Matcher m = ELONGATE.matcher(text);
        if (!m.find()) {
            return text;
        }
        String w = m.group(1);
        int at = 0;
        while (at < w.length() - 1 && "aeiou".indexOf(w.charAt(at)) < 0) {
            at++;
        }
        String longer = w.substring(0, at) + String.valueOf(w.charAt(at)).repeat(3 + rnd.nextInt(4))
                + w.substring(at + 1);
        return text.substring(0, m.start()) + longer + text.substring(m.end());
    }
}
