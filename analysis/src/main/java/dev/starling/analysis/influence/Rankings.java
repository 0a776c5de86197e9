package dev.starling.analysis.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders accounts three ways (PageRank, reach, engagement) and records each position. */
final class Rankings {
    private Rankings() {
    }

    static List<AuthorRank> rank(List<String> names, long[] posts, long[] followers, long[] views, long[] engagement,
                                 double[] in, double[] pr) {
        int n = names.size();
        int[] byPr = positions(n, Comparator.<Integer>comparingDouble(i -> -pr[i]).thenComparing(names::get));
        int[] byReach = positions(n, Comparator.<Integer>comparingLong(i -> -followers[i])
                .thenComparingLong(i -> -views[i]).thenComparing(names::get));
        int[] byEng = positions(n, Comparator.<Integer>comparingLong(i -> -engagement[i]).thenComparing(names::get));
        List<AuthorRank> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new AuthorRank(names.get(i), posts[i], followers[i], views[i], engagement[i], in[i], pr[i],
                    byPr[i], byReach[i], byEng[i]));
        }
        out.sort(Comparator.comparingInt(AuthorRank::byPageRank));
        return out;
    }

    /** position[i] = 1-based place of node i in the given order. */
    private static int[] positions(int n, Comparator<Integer> order) {
        List<Integer> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        ids.sort(order);
        int[] pos = new int[n];
        for (int p = 0; p < n; p++) {
            pos[ids.get(p)] = p + 1;
        }
        return pos;
    }
}
