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
    private static final Pattern SHAPES = Pattern.compile(
            "(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
            + "|(?<url>(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\." + TLD
            + "\\b(?:/\\S*)?|\\b[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\s+\\.\\s*(?:com|net|org)\\b|\\bwatch\\?v=\\S+)"
            + "|(?<phone>\\+?\\d(?:[\\d\\s().-]{5,}\\d))"
            + "|(?<money>[$£€¥₹]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:p\\b|pence\\b|usd\\b|dollars?\\b|pounds?\\b|euros?\\b|k\\b))"
            + "|(?<number>\\d+(?:[.,]\\d+)*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

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
