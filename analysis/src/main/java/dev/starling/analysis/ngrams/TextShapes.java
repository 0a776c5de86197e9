package dev.starling.analysis.ngrams;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spans of a message whose exact characters matter less than their kind: e-mail
 * addresses, links (including the spammer's spaced-out {@code site . com}, but not a
 * sentence that ends before "Me too"), phone numbers, sums of
 * money and other numbers. The feature extractor turns each span into a shape word such as
 * {@code <phone>}, so "call 09061743810" and "call 08707509020" share their features.
 */
final class TextShapes {
    /** The kinds of span, in the order they are tried (first match wins). */
    enum Shape {
        EMAIL, URL, PHONE, MONEY, NUMBER;

        /** The word that stands for a span of this kind. */
        String word() {
            return "<" + name().toLowerCase(java.util.Locale.ROOT) + ">";
        }
    }

    /** One span [start, end) of the text and its kind. */
    record Span(int start, int end, Shape shape) {
    }

    private static final String TLD = "(?:com|net|org|info|biz|ly|gl|co|uk|us|me|tv|io|be|ru|de|in|to|cc|xyz|cn)";
    /*
     * Each alternative may only start where its run of characters starts (the look-behinds) and
     * takes its runs possessively (*+, ++): otherwise a long run without the ending the pattern
     * needs ("aaaa…" with no '@', twenty thousand digits) is rescanned from every position in it,
     * quadratic time that one hostile post could turn into seconds. Repeated groups are bounded
     * ({0,8}) because java.util.regex recurses once per repetition of a group: "a.a.a.…" would
     * otherwise overflow the stack.
     */
    private static final String EMAIL = "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++){1,8}";
    private static final String LABEL_START = "(?<![\\p{L}\\p{N}.-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*+";
    private static final String URL = "(?:https?://|www\\.)\\S++"
            + "|" + LABEL_START + "(?:\\.[\\p{L}\\p{N}-]++){0,8}\\." + TLD + "\\b(?:/\\S*+)?"
            + "|" + LABEL_START + "\\s++\\.\\s*+(?:com|net|org)\\b"
            + "|\\bwatch\\?v=\\S++";
    private static final String PHONE = "(?<![\\d+])\\+?\\d[\\d\\s().-]{5,}\\d";
    private static final String MONEY = "[$£€¥₹]\\s?\\d[\\d,.]*+"
            + "|(?<![\\d,.])\\d[\\d,.]*+\\s?(?:p|pence|usd|dollars?|pounds?|euros?|k)\\b";
    private static final String NUMBER = "\\d++(?:[.,]\\d++){0,8}+";
    private static final Pattern SHAPES = Pattern.compile("(?<email>" + EMAIL + ")|(?<url>" + URL + ")|(?<phone>" + PHONE
            + ")|(?<money>" + MONEY + ")|(?<number>" + NUMBER + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private TextShapes() {
    }

    /** The shaped spans of {@code text}, left to right, not overlapping. */
    static List<Span> find(CharSequence text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SHAPES.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), shapeOf(m)));
        }
        return out;
    }

    private static Shape shapeOf(Matcher m) {
        if (m.group("email") != null) {
            return Shape.EMAIL;
        }
        if (m.group("url") != null) {
            return Shape.URL;
        }
        if (m.group("phone") != null) {
            return digits(m.group()) >= 7 ? Shape.PHONE : Shape.NUMBER;
        }
        return m.group("money") != null ? Shape.MONEY : Shape.NUMBER;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
