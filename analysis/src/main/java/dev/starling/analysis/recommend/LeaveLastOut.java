package dev.starling.analysis.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Time-ordered leave-last-out: every user with at least {@code minHistory} events gives up their
 * latest event as the test item; everything else is training data. The ranker scores all items
 * at the held-out event's time, the user's training items are removed, and the held-out item's
 * rank r (1-based, over every item the user has not seen) gives recall@k = [r <= k] and
 * nDCG@k = [r <= k] / log2(r + 1) (one relevant item: the ideal DCG is 1), averaged over users.
 *
 * <p>What "time-ordered" buys: the test event is each user's own future. Other users' events are
 * in the training data whatever their time (the usual leave-last-out), but the time-aware signals
 * only look at events before {@code asOf}.
 */
public final class LeaveLastOut {
    /** The split: training interactions, and per evaluated user the held-out item and its time. */
    public record Split(Interactions train, int[] users, int[] testItem, long[] testTime) {
    }

    /** recall@k and nDCG@k averaged over {@code users} evaluated users. */
    public record Result(String ranker, double recall, double ndcg, int users) {
    }

    /** Re-ranks a scored candidate list (MMR): from candidates best first to the final top k. */
    public interface Reranker {
        int[] rerank(int[] candidates, float[] scores, int k);
    }

    private LeaveLastOut() {
    }

    public static Split split(Interactions all, int minHistory) {
        int[] drop = new int[all.users()];
        List<int[]> held = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int u = 0; u < all.users(); u++) {
            int[] it = all.itemsOf(u);
            long last = it.length == 0 ? Interactions.UNDATED : all.timesOf(u)[it.length - 1];
            if (it.length >= minHistory && last != Interactions.UNDATED) {
                drop[u] = 1;
                held.add(new int[] {u, it[it.length - 1]});
                times.add(last);
            }
        }
        int[] users = held.stream().mapToInt(h -> h[0]).toArray();
        int[] items = held.stream().mapToInt(h -> h[1]).toArray();
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        return new Split(all.withoutLast(drop), users, items, t);
    }

    public static Result evaluate(Split split, Ranker ranker, int k) {
        return evaluate(split, ranker, k, null, ranker.name());
    }

    /** As {@link #evaluate(Split, Ranker, int)}, with the top {@code pool} re-ranked to k by {@code reranker}. */
    public static Result evaluate(Split split, Ranker ranker, int k, Reranker reranker, String name) {
        int items = split.train().items();
        float[] scores = new float[items];
        boolean[] seen = new boolean[items];
        double recall = 0;
        double ndcg = 0;
        for (int n = 0; n < split.users().length; n++) {
            int u = split.users()[n];
            ranker.score(u, split.testTime()[n], scores);
            for (int i : split.train().itemsOf(u)) {
                seen[i] = true;
            }
            int[] top = reranker == null ? TopK.of(scores, k, seen)
                    : reranker.rerank(TopK.of(scores, Math.max(k, 50), seen), scores, k);
            for (int r = 0; r < top.length; r++) {
                if (top[r] == split.testItem()[n]) {
                    recall += 1;
                    ndcg += 1 / (Math.log(r + 2) / Math.log(2));
                }
            }
            for (int i : split.train().itemsOf(u)) {
                seen[i] = false;
            }
        }
        int m = split.users().length;
        return new Result(name, recall / m, ndcg / m, m);
    }
}
