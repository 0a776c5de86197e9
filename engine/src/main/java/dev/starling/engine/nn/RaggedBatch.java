package dev.starling.engine.nn;

import java.util.List;

/**
 * Several token sequences of different lengths packed back to back, without padding:
 * sequence s occupies rows [starts[s], starts[s+1]) of every activation matrix [N, C], where
 * N = total tokens. Position-wise layers (linear, norm, FFN) run over all N rows at once with
 * no padding waste; attention runs per sequence, so no padding mask is needed.
 */
public record RaggedBatch(int[] ids, int[] typeIds, int[] starts) {
    public RaggedBatch {
        if (ids.length != typeIds.length) {
            throw new IllegalArgumentException("ids and typeIds differ in length");
        }
        if (starts.length < 1 || starts[0] != 0 || starts[starts.length - 1] != ids.length) {
            throw new IllegalArgumentException("starts must run from 0 to the token count");
        }
        for (int s = 1; s < starts.length; s++) {
            if (starts[s] < starts[s - 1]) {
                throw new IllegalArgumentException("starts must be non-decreasing");
            }
        }
    }

    /** Packs sequences (token ids, type ids 0) into one batch. */
    public static RaggedBatch of(List<int[]> sequences) {
        int total = 0;
        for (int[] s : sequences) {
            total += s.length;
        }
        int[] ids = new int[total];
        int[] starts = new int[sequences.size() + 1];
        int at = 0;
        for (int s = 0; s < sequences.size(); s++) {
            int[] seq = sequences.get(s);
            System.arraycopy(seq, 0, ids, at, seq.length);
            at += seq.length;
            starts[s + 1] = at;
        }
        return new RaggedBatch(ids, new int[total], starts);
    }

    /** Number of sequences. */
    public int size() {
        return starts.length - 1;
    }

    /** Total tokens N. */
    public int tokens() {
        return ids.length;
    }

    public int start(int s) {
        return starts[s];
    }

    public int length(int s) {
        return starts[s + 1] - starts[s];
    }

    /** Position of each token within its sequence (0-based). */
    public int[] positions() {
        int[] pos = new int[ids.length];
        for (int s = 0; s < size(); s++) {
            for (int t = 0; t < length(s); t++) {
                pos[starts[s] + t] = t;
            }
        }
        return pos;
    }

    public int maxLength() {
        int max = 0;
        for (int s = 0; s < size(); s++) {
            max = Math.max(max, length(s));
        }
        return max;
    }
}
