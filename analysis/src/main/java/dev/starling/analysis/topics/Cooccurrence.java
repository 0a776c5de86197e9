package dev.starling.analysis.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Document co-occurrence of a few terms within a set of posts. */
final class Cooccurrence {
    private Cooccurrence() {
    }

    /** [m, m] NPMI of every pair of {@code terms} over {@code posts} (the diagonal unused). */
    static double[][] npmi(List<String> terms, List<Set<String>> posts) {
        int m = terms.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m; i++) {
            index.putIfAbsent(terms.get(i), i);
        }
        int[] df = new int[m];
        int[][] both = new int[m][m];
        int[] here = new int[m];
        for (Set<String> post : posts) {
            int n = 0;
            for (String term : post) {
                Integer i = index.get(term);
                if (i != null) {
                    here[n++] = i;
                }
            }
            for (int a = 0; a < n; a++) {
                df[here[a]]++;
                for (int b = 0; b < n; b++) {
                    both[here[a]][here[b]]++;
                }
            }
        }
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                out[a][b] = npmi(both[a][b], df[a], df[b], posts.size());
            }
        }
        return out;
    }

    /** NPMI from counts: −1 when the terms never meet, 1 when both are in every post. */
    static double npmi(int both, int a, int b, int posts) {
        if (both == 0) {
            return -1;
        }
        if (both == posts) {
            return 1;
        }
        double pab = both / (double) posts;
        return Math.log(pab * posts * posts / ((double) a * b)) / -Math.log(pab);
    }
}
