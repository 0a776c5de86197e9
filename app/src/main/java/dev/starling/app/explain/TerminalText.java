package dev.starling.app.explain;

import dev.starling.analysis.explain.Attribution;
import dev.starling.analysis.explain.Explanation;

import java.util.Locale;

/**
 * An explanation for the terminal: the text's tokens with a background from green (raises the
 * score) through white to red (lowers it), intensity ∝ |attribution| / max |attribution|; or, without
 * colour, each token followed by its attribution.
 */
final class TerminalText {
    private static final String RESET = "\u001b[0m";

    private TerminalText() {
    }

    /** The header, the coloured or annotated tokens, extras, the top tokens and the completeness check. */
    static String render(Explanation e, boolean color, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s = %.4f (baseline %.4f, difference %+.4f)%n", e.task(), e.scoreKind(),
                e.score(), e.baselineScore(), e.score() - e.baselineScore()));
        sb.append("method: ").append(e.method()).append(System.lineSeparator());
        double max = e.maxMagnitude();
        boolean first = true;
        for (Attribution a : e.tokens()) {
            if (!first && !a.joined()) {
                sb.append(' ');
            }
            sb.append(color ? colored(a.token(), a.value(), max) : annotated(a));
            first = false;
        }
        sb.append(System.lineSeparator());
        for (Attribution a : e.extra()) {
            sb.append("  ").append(color ? colored(a.token(), a.value(), max) : annotated(a)).append(System.lineSeparator());
        }
        sb.append("top tokens:").append(System.lineSeparator());
        for (Attribution a : e.top(top)) {
            sb.append(String.format(Locale.ROOT, "  %+.4f  %s%n", a.value(), a.token()));
        }
        sb.append(String.format(Locale.ROOT, "completeness: sum of attributions %+.6f, F(x) - F(x') %+.6f, gap %.2e%n",
                e.total(), e.score() - e.baselineScore(), Math.abs(e.completenessGap())));
        return sb.toString();
    }

    static String annotated(Attribution a) {
        return String.format(Locale.ROOT, "%s(%+.3f)", a.token(), a.value());
    }

    /** Black text on a 24-bit background: green for positive, red for negative. */
    static String colored(String token, double value, double max) {
        double s = max == 0 ? 0 : Math.min(1, Math.abs(value) / max);
        int fade = (int) Math.round(255 - 175 * s);
        int r = value < 0 ? 255 : fade;
        int g = value < 0 ? fade : 255;
        return String.format(Locale.ROOT, "\u001b[38;2;0;0;0;48;2;%d;%d;%dm%s%s", r, g, fade, token, RESET);
    }
}
