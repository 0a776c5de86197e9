package dev.starling.analysis.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Lays out one file: first the slots (what kind of post, in which language, by whom, when), then, in time
 * order, how each post relates to the earlier ones (reply, quote, repost) before the composer writes it.
 * Spam, abuse and personal-data posts come in exact numbers so that MANIFEST.json can state them.
 */
final class Planner {
    /** A post to be written. {@code pii} is the kind of personal data it must plant, or null. */
    record Slot(Template.Kind kind, String lang, Persona author, Instant at, PiiType pii) {
    }

    private static final Duration THREAD_WINDOW = Duration.ofHours(72);

    private final PlatformPlan plan;
    private final Cast cast;
    private final Phrasebook book;
    private final Composer composer;
    private final Random rnd;

    Planner(PlatformPlan plan, Cast cast, Phrasebook book, Composer composer, Random rnd) {
        this.plan = plan;
        this.cast = cast;
        this.book = book;
        this.composer = composer;
        this.rnd = rnd;
    }

    List<Draft> drafts() {
        List<Slot> slots = slots();
        List<Draft> done = new ArrayList<>();
        for (Slot s : slots) {
            done.add(link(s, done));
        }
        return done;
    }

    private List<Slot> slots() {
        PlatformPlan.Counts c = plan.counts();
        List<Template.Kind> kinds = new ArrayList<>();
        List<PiiType> piiTypes = new ArrayList<>(plan.style().pii());
        int piiStart = rnd.nextInt(piiTypes.size());
        for (int k = 0; k < c.posts(); k++) {
            kinds.add(k < c.spam() ? Template.Kind.SPAM : k < c.spam() + c.abuse() ? Template.Kind.ABUSE
                    : Template.Kind.NORMAL);
        }
        Collections.shuffle(kinds, rnd);
        List<Slot> slots = new ArrayList<>();
        int piiLeft = c.pii();
        for (Template.Kind kind : kinds) {
            PiiType pii = null;
            if (kind == Template.Kind.NORMAL && piiLeft > 0 && rnd.nextInt(c.posts()) < c.pii() * 2) {
                pii = piiTypes.get((piiStart + c.pii() - piiLeft) % piiTypes.size());
                piiLeft--;
            }
            slots.add(slot(kind, pii));
        }
        if (piiLeft > 0) {
            throw new IllegalStateException("could not place all personal-data posts: " + piiLeft + " left");
        }
        slots.sort(Comparator.comparing(Slot::at));
        return slots;
    }

    private Slot slot(Template.Kind kind, PiiType pii) {
        if (kind == Template.Kind.SPAM) {
            Persona spammer = cast.spammer(rnd);
            return new Slot(kind, spammer.lang(), spammer, Timeline.sample(spammer.utcOffset(), true, rnd), null);
        }
        String lang = language(kind, pii);
        Persona author = plan.style().singleAuthor() ? cast.owner() : cast.pick(lang, rnd);
        return new Slot(kind, lang, author, Timeline.sample(author.utcOffset(), false, rnd), pii);
    }

    /** A language of the mix that has a template for the kind (and personal data) wanted. */
    private String language(Template.Kind kind, PiiType pii) {
        List<String> langs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, Integer> e : plan.mix().entrySet()) {
            langs.add(e.getKey());
            weights.add(book.offers(e.getKey(), kind, pii, plan.style().pii()) ? (double) e.getValue() : 0.0);
        }
        if (weights.stream().allMatch(w -> w == 0.0)) {
            throw new IllegalStateException("no language of " + plan.network() + " offers " + kind + " " + pii);
        }
        return langs.get(Weighted.index(weights, rnd));
    }

    private Draft link(Slot s, List<Draft> done) {
        PlatformPlan.Style style = plan.style();
        Draft.Share share;
        if (style.titles()) {
            // abuse on Reddit is a comment under somebody's post, not a submission of its own
            share = rnd.nextInt(100) < 30 && s.kind() != Template.Kind.ABUSE ? Draft.Share.ORIGINAL : Draft.Share.REPLY;
        } else {
            double r = rnd.nextDouble();
            boolean plain = s.kind() == Template.Kind.NORMAL && s.pii() == null;
            if (plain && r < style.repost()) {
                share = Draft.Share.REPOST;
            } else if (plain && r < style.repost() + style.quote()) {
                share = Draft.Share.QUOTE;
            } else if (r < style.repost() + style.quote() + style.reply()
                    || s.kind() == Template.Kind.ABUSE && r < 0.75 || s.kind() == Template.Kind.SPAM && r < 0.4) {
                share = Draft.Share.REPLY;
            } else {
                share = Draft.Share.ORIGINAL;
            }
        }
        Draft parent = share == Draft.Share.ORIGINAL ? null : parent(s, share, done);
        Persona replyTo = null;
        if (share == Draft.Share.REPLY) {
            replyTo = parent != null ? parent.author()
                    : style.singleAuthor() ? cast.someoneElse(s.author(), s.lang(), rnd) : null;
        }
        if (parent == null && replyTo == null) {
            share = Draft.Share.ORIGINAL;
        }
        return composer.compose(s, share, parent, replyTo, done.size());
    }

    /** An earlier post of the last three days to answer, weighted by recency, popularity and language. */
    private Draft parent(Slot s, Draft.Share share, List<Draft> done) {
        List<Draft> options = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = done.size() - 1; k >= 0; k--) {
            Draft d = done.get(k);
            double hours = Duration.between(d.at(), s.at()).toMillis() / 3_600_000.0;
            if (hours > THREAD_WINDOW.toHours()) {
                break;
            }
            if (!d.linkable() || d.author().id().equals(s.author().id())
                    || share == Draft.Share.REPOST && escapes(d)) {
                continue;
            }
            double w = StrictMath.exp(-hours / 18) * (s.kind() == Template.Kind.SPAM ? d.popularity()
                    : 1 + StrictMath.log1p(d.popularity()));
            w *= d.lang().equals(s.lang()) ? 1 : plan.style().crossLang();
            if (w > 0) {
                options.add(d);
                weights.add(w);
            }
        }
        return options.isEmpty() ? null : options.get(Weighted.index(weights, rnd));
    }

    /** Whether the text holds characters X escapes; a retweet may cut it and must not cut an escape in half. */
    private static boolean escapes(Draft d) {
        String t = d.plainText();
        return t.indexOf('&') >= 0 || t.indexOf('<') >= 0 || t.indexOf('>') >= 0;
    }
}
