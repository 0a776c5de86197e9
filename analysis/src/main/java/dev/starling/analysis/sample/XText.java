package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A post's text as X serves it, with its entities. X escapes {@code & < >} as HTML entities in the text and
 * counts entity offsets in Unicode code points; links appear as t.co links of 23 characters. Offsets here
 * are into the escaped text as served (the composer keeps escapes after the last entity, where the escaped
 * and unescaped offsets agree).
 */
final class XText {
    /** An entity: {@code kind} is hashtag, mention or url; [start, end) in code points. */
    record Entity(String kind, int start, int end, Piece piece, String tco) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Entity> entities = new ArrayList<>();
    private int codePoints;

    /** Renders {@code pieces}; {@code shorten} gives the t.co link for a pasted URL. */
    static XText of(List<Piece> pieces, Function<String, String> shorten) {
        XText x = new XText();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> x.append(escape(w.text()));
                case Piece.Tag t -> x.entity("hashtag", "#" + t.tag(), p, null);
                case Piece.Mention m -> x.entity("mention", "@" + m.who().handle(), p, null);
                case Piece.Link l -> {
                    String tco = shorten.apply(l.url());
                    x.entity("url", tco, p, tco);
                }
            }
        }
        return x;
    }

    void append(String s) {
        text.append(s);
        codePoints += s.codePointCount(0, s.length());
    }

    /** Appends {@code shown} as an entity. */
    void entity(String kind, String shown, Piece piece, String tco) {
        int start = codePoints;
        append(shown);
        entities.add(new Entity(kind, start, codePoints, piece, tco));
    }

    String text() {
        return text.toString();
    }

    List<Entity> entities() {
        return entities;
    }

    int length() {
        return codePoints;
    }

    /**
     * The retweet form "RT @handle: text", cut to 140 code points with "…" as X does; entities past the cut
     * are dropped.
     */
    static XText retweet(Persona original, XText body) {
        XText x = new XText();
        x.append("RT ");
        x.entity("mention", "@" + original.handle(), new Piece.Mention(original), null);
        x.append(": ");
        int offset = x.codePoints;
        String full = body.text();
        int room = 140 - offset;
        boolean cut = body.codePoints > room;
        x.append(cut ? full.substring(0, full.offsetByCodePoints(0, room - 1)) + "…" : full);
        int limit = cut ? x.codePoints - 1 : x.codePoints;
        for (Entity e : body.entities) {
            if (offset + e.end() <= limit) {
                x.entities.add(new Entity(e.kind(), offset + e.start(), offset + e.end(), e.piece(), e.tco()));
            }
        }
        return x;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** How X shows a link: no scheme, cut after 26 characters with "…". */
    static String displayUrl(String url) {
        String s = url.replaceFirst("^https?://", "");
        return s.length() <= 26 ? s : s.substring(0, 26) + "…";
    }
}
