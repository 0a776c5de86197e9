package dev.starling.analysis.privacy;

/**
 * One piece of personal data found in a text: its type and its char range {@code [start, end)}.
 */
public record PiiMatch(PiiType type, int start, int end) {
    public PiiMatch {
        if (type == null) {
            throw new IllegalArgumentException("type is null");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }

    /** The matched characters of {@code text}. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
