package dev.starling.engine.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text's word-piece ids into windows of at most {@code window} pieces (the model's
 * length limit minus its special tokens). A long text gets the fewest full windows such that
 * consecutive windows share at least {@code overlap} pieces (so no piece loses all of its
 * context at a cut), spaced evenly from the text's start to its end. An empty text gives one
 * empty window.
 */
public final class Chunker {
    private final int window;
    private final int overlap;
    private final LongTextPolicy policy;

    public Chunker(int window, int overlap, LongTextPolicy policy) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (overlap < 0 || overlap >= window) {
            throw new IllegalArgumentException("overlap must be in [0, window), got " + overlap);
        }
        this.window = window;
        this.overlap = overlap;
        this.policy = policy;
    }

    public int window() {
        return window;
    }

    public int overlap() {
        return overlap;
    }

    public LongTextPolicy policy() {
        return policy;
    }

    /** The number of windows a text of {@code pieces} word pieces needs. */
    public int windowsNeeded(int pieces) {
        if (pieces <= window || policy == LongTextPolicy.TRUNCATE) {
            return 1;
        }
        int stride = window - overlap;
        return (pieces - window + stride - 1) / stride + 1;
    }

    /**
     * At most {@code maxWindows} windows (0 = all): when a text needs more, windows are taken at
     * evenly spaced positions from its first to its last, so the whole text is still represented.
     */
    public List<int[]> split(int[] pieces, int maxWindows) {
        List<int[]> all = split(pieces);
        if (maxWindows <= 0 || all.size() <= maxWindows) {
            return all;
        }
        List<int[]> picked = new ArrayList<>(maxWindows);
        for (int i = 0; i < maxWindows; i++) {
            picked.add(all.get(maxWindows == 1 ? 0 : (int) Math.round((double) i * (all.size() - 1) / (maxWindows - 1))));
        }
        return picked;
    }

    /** The windows of {@code pieces}, in text order. */
    public List<int[]> split(int[] pieces) {
        if (pieces.length <= window) {
            return List.of(pieces);
        }
        if (policy == LongTextPolicy.TRUNCATE) {
            return List.of(Arrays.copyOf(pieces, window));
        }
        int count = windowsNeeded(pieces.length);
        List<int[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = (int) Math.round((double) i * (pieces.length - window) / (count - 1));
            out.add(Arrays.copyOfRange(pieces, start, start + window));
        }
        return out;
    }
}
