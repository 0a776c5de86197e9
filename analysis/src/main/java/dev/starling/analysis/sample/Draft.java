package dev.starling.analysis.sample;

import java.time.Instant;
import java.util.List;

/**
 * One post as composed, before a platform renders it.
 *
 * @param seq        position in time order within its file
 * @param author     who posts it
 * @param at         when
 * @param template   the phrasebook entry it came from (for a repost: the reposted one's), carrying its labels
 * @param share      how it relates to {@code parent}
 * @param parent     the earlier post of the same file it answers, quotes or reposts, else null
 * @param replyTo    the account it answers (the parent's author, or someone outside the file), else null
 * @param pieces     its text
 * @param pii        personal data planted in the text
 * @param title      a Reddit submission title, else null
 * @param photoAlt   the alt text of an attached photo, else null (no photo)
 * @param spoiler    a Mastodon content warning, else null
 * @param popularity engagement scale; platforms turn it into likes, reposts and views
 */
record Draft(int seq, Persona author, Instant at, Template template, Share share, Draft parent, Persona replyTo,
             List<Piece> pieces, List<PlantedPii> pii, String title, String photoAlt, String spoiler,
             double popularity) {

    enum Share { ORIGINAL, REPLY, QUOTE, REPOST }

    String lang() {
        return template.lang();
    }

    Template.Kind kind() {
        return template.kind();
    }

    /** The first post of the thread. */
    Draft root() {
        Draft d = this;
        while (d.parent != null) {
            d = d.parent;
        }
        return d;
    }

    /**
     * Whether others may answer, quote or repost it: only ordinary posts without personal data, so that no
     * planted value or abuse is copied into a second post and the ground truth stays one post per value.
     */
    boolean linkable() {
        return kind() == Template.Kind.NORMAL && pii.isEmpty() && share != Share.REPOST;
    }

    /** Platform-neutral text: "#tag", "@handle", links as pasted. */
    String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> sb.append(w.text());
                case Piece.Tag t -> sb.append('#').append(t.tag());
                case Piece.Mention m -> sb.append('@').append(m.who().handle());
                case Piece.Link l -> sb.append(l.url());
            }
        }
        return sb.toString();
    }

    // Identity semantics: the generated equals/hashCode would walk the whole parent chain.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return seq;
    }

    @Override
    public String toString() {
        return "Draft#" + seq + "[" + author.handle() + " " + at + " " + plainText() + "]";
    }
}
