package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * A status's {@code content} as Mastodon renders it: a paragraph of escaped text (apostrophes as
 * {@code &#39;}) with hashtag and mention anchors and links split into invisible / ellipsis spans, plus the
 * {@code tags} and {@code mentions} arrays that accompany it.
 */
final class MastodonHtml {
    private final StringBuilder html = new StringBuilder("<p>");
    private final List<Object> tags = new ArrayList<>();
    private final List<Object> mentions = new ArrayList<>();

    static MastodonHtml of(List<Piece> pieces, String server) {
        MastodonHtml h = new MastodonHtml();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> h.html.append(escape(w.text()).replace("\n", "<br />"));
                case Piece.Tag t -> h.tag(t.tag(), server);
                case Piece.Mention m -> h.mention(m.who());
                case Piece.Link l -> h.link(l.url());
            }
        }
        h.html.append("</p>");
        return h;
    }

    private void tag(String tag, String server) {
        String lower = tag.toLowerCase(Locale.ROOT);
        String url = "https://" + server + "/tags/" + lower;
        html.append("<a href=\"").append(escape(url)).append("\" class=\"mention hashtag\" rel=\"tag\">#<span>")
                .append(escape(tag)).append("</span></a>");
        tags.add(entry("name", lower, "url", url));
    }

    private void mention(Persona who) {
        String url = accountUrl(who);
        html.append("<span class=\"h-card\" translate=\"no\"><a href=\"").append(escape(url))
                .append("\" class=\"u-url mention\">@<span>").append(escape(who.handle())).append("</span></a></span>");
        mentions.add(entry("id", who.id(), "username", who.handle(), "url", url, "acct", acct(who)));
    }

    /** Mastodon hides the scheme and shows the first 30 characters of the rest, with an ellipsis. */
    private void link(String url) {
        int colon = url.indexOf("://") + 3;
        String scheme = url.substring(0, colon);
        String rest = url.substring(colon);
        String shown = rest.length() > 30 ? rest.substring(0, 30) : rest;
        String hidden = rest.substring(shown.length());
        html.append("<a href=\"").append(escape(url))
                .append("\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\">")
                .append("<span class=\"invisible\">").append(escape(scheme)).append("</span>")
                .append("<span class=\"").append(hidden.isEmpty() ? "" : "ellipsis").append("\">")
                .append(escape(shown)).append("</span>")
                .append("<span class=\"invisible\">").append(escape(hidden)).append("</span></a>");
    }

    String html() {
        return html.toString();
    }

    List<Object> tags() {
        return tags;
    }

    List<Object> mentions() {
        return mentions;
    }

    /** The account's address as seen from mastodon.social: local accounts bare, others user@server. */
    static String acct(Persona p) {
        return p.server().equals("mastodon.social") ? p.handle() : p.handle() + "@" + p.server();
    }

    static String accountUrl(Persona p) {
        return "https://" + p.server() + "/@" + p.handle();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
