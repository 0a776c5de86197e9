package dev.starling.analysis.readers.mastodon;

import dev.starling.analysis.text.HtmlEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Status HTML to plain text: tags dropped, {@code <br>} a line break, paragraphs separated by a
 * blank line, entities decoded, the text of links kept in full (Mastodon hides parts of long URLs in
 * {@code <span class="invisible">}; the text is the whole URL). The targets of ordinary links (not
 * mention or hashtag links) are collected as the status's URLs.
 */
public final class HtmlText {
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");

    /** The plain text and the ordinary link targets of one HTML fragment. */
    public record Rendered(String text, List<String> links) {
    }

    private HtmlText() {
    }

    public static Rendered render(String html) {
        StringBuilder out = new StringBuilder(html.length());
        List<String> links = new ArrayList<>();
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? html.length() : lt;
            out.append(HtmlEntities.decode(html.substring(i, textEnd)));
            if (lt < 0) {
                break;
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) { // an unclosed '<' is text, not a tag
                out.append(HtmlEntities.decode(html.substring(lt)));
                break;
            }
            tag(html.substring(lt + 1, gt), out, links);
            i = gt + 1;
        }
        return new Rendered(out.toString().strip(), links);
    }

    private static void tag(String inner, StringBuilder out, List<String> links) {
        boolean closing = inner.startsWith("/");
        String body = closing ? inner.substring(1) : inner;
        int nameEnd = 0;
        while (nameEnd < body.length() && Character.isLetterOrDigit(body.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = body.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
            out.append('\n');
        } else if (name.equals("p") && !closing && !out.isEmpty()) {
            trimTrailingNewlines(out);
            out.append("\n\n");
        } else if (name.equals("a") && !closing) {
            String href = attribute(body, "href");
            String cls = attribute(body, "class");
            String rel = attribute(body, "rel");
            boolean entityLink = (cls != null && (cls.contains("mention") || cls.contains("hashtag")))
                    || (rel != null && rel.contains("tag"));
            if (href != null && !entityLink) {
                links.add(href);
            }
        }
    }

    private static String attribute(String tagBody, String name) {
        Matcher m = ATTRIBUTE.matcher(tagBody);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String v = m.group(2);
                if (v.startsWith("\"") || v.startsWith("'")) {
                    v = v.substring(1, v.length() - 1);
                }
                return HtmlEntities.decode(v);
            }
        }
        return null;
    }

    private static void trimTrailingNewlines(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '\n') {
            sb.setLength(sb.length() - 1);
        }
    }
}
