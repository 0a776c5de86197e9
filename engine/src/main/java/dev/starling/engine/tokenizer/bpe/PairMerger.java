package dev.starling.engine.tokenizer.bpe;

import java.util.PriorityQueue;

/**
 * The merge loop shared by BPE (lowest merge rank first) and SentencePiece-BPE (highest piece score
 * first): start from one symbol per character, repeatedly merge the adjacent pair of best priority
 * (ties: the leftmost), until no adjacent pair merges. This is the queue-based loop of HF tokenizers
 * and llama.cpp: O(n log n) per word, with stale queue entries skipped when popped.
 */
final class PairMerger {

    /** What a model says about a pair of adjacent symbols {@code s[from, mid)} and {@code s[mid, to)}. */
    interface Rule {
        /** The priority of merging the pair (higher merges first), or NaN when the pair does not merge. */
        double priority(String s, int from, int mid, int to, int leftId, int rightId);

        /** The id of the merged symbol {@code s[from, to)}. */
        int mergedId(String s, int from, int mid, int to, int leftId, int rightId);
    }

    /** A candidate merge, remembered with the symbol lengths it was made for so stale ones are seen. */
    private record Candidate(int left, int right, int leftLen, int rightLen, double priority) {
    }

    private PairMerger() {
    }

    /**
     * Merges the symbols of {@code s}.
     *
     * @param bounds symbol boundaries: symbol i is {@code s[bounds[i], bounds[i+1])}, length n + 1
     * @param ids    the initial symbol ids, length n (-1 for a symbol that is no token); rewritten
     * @return for each surviving symbol, in order: {@code [from, to, id]} triples, flattened
     */
    static int[] merge(String s, int[] bounds, int[] ids, Rule rule) {
        int n = ids.length;
        int[] end = new int[n];
        int[] next = new int[n];
        int[] prev = new int[n];
        for (int i = 0; i < n; i++) {
            end[i] = bounds[i + 1];
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((a, b) -> a.priority != b.priority
                ? Double.compare(b.priority, a.priority) : Integer.compare(a.left, b.left));
        for (int i = 0; i + 1 < n; i++) {
            offer(queue, s, bounds, end, ids, i, i + 1, rule);
        }
        int alive = n;
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            int l = c.left;
            int r = c.right;
            if (end[l] < 0 || end[r] < 0 || next[l] != r
                    || end[l] - bounds[l] != c.leftLen || end[r] - bounds[r] != c.rightLen) {
                continue; // stale: one side has merged since this candidate was queued
            }
            ids[l] = rule.mergedId(s, bounds[l], bounds[r], end[r], ids[l], ids[r]);
            end[l] = end[r];
            end[r] = -1;
            next[l] = next[r];
            if (next[r] >= 0) {
                prev[next[r]] = l;
            }
            alive--;
            if (prev[l] >= 0) {
                offer(queue, s, bounds, end, ids, prev[l], l, rule);
            }
            if (next[l] >= 0) {
                offer(queue, s, bounds, end, ids, l, next[l], rule);
            }
        }
        int[] out = new int[3 * alive];
        int k = 0;
        for (int i = 0; i >= 0 && i < n; i = next[i]) {
            out[k++] = bounds[i];
            out[k++] = end[i];
            out[k++] = ids[i];
        }
        return out;
    }

    private static void offer(PriorityQueue<Candidate> queue, String s, int[] start, int[] end, int[] ids,
            int l, int r, Rule rule) {
        double p = rule.priority(s, start[l], start[r], end[r], ids[l], ids[r]);
        if (!Double.isNaN(p)) {
            queue.add(new Candidate(l, r, end[l] - start[l], end[r] - start[r], p));
        }
    }
}
