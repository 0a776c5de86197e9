package dev.starling.analysis.recommend.data;

import dev.starling.analysis.recommend.Interactions;
import dev.starling.analysis.recommend.Vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MovieTweetings 100K ({@code ratings.dat}: user::movie::rating::unix-seconds; {@code movies.dat}:
 * movie::title (year)::genre|genre). Every rating, whatever its value, is an implicit interaction
 * at its tweet's time. A film's content vector is its genres (multi-hot) plus its release era
 * (one-hot: before 1980, the 1980s, 1990s, 2000s, then each year from 2010), L2-normalised.
 */
public final class MovieTweetings {
    private static final int[] ERA_START = {0, 1980, 1990, 2000, 2010, 2011, 2012, 2013};

    private MovieTweetings() {
    }

    /** Reads {@code dir} = the {@code 100K} folder. */
    public static RecDataset load(Path dir) throws IOException {
        List<String> movies = Files.readAllLines(dir.resolve("movies.dat"), StandardCharsets.UTF_8);
        Map<String, Integer> itemId = new HashMap<>();
        Map<String, Integer> genreId = new HashMap<>();
        for (String line : movies) {
            String[] f = line.split("::", -1);
            itemId.putIfAbsent(f[0], itemId.size());
            for (String g : f[2].split("\\|")) {
                if (!g.isEmpty()) {
                    genreId.putIfAbsent(g, genreId.size());
                }
            }
        }
        float[][] vectors = new float[itemId.size()][genreId.size() + ERA_START.length];
        for (String line : movies) {
            String[] f = line.split("::", -1);
            float[] v = vectors[itemId.get(f[0])];
            for (String g : f[2].split("\\|")) {
                if (!g.isEmpty()) {
                    v[genreId.get(g)] = 1;
                }
            }
            int year = year(f[1]);
            if (year > 0) {
                v[genreId.size() + era(year)] = 1;
            }
            Vectors.normalize(v);
        }
        List<String> ratings = Files.readAllLines(dir.resolve("ratings.dat"), StandardCharsets.UTF_8);
        Map<String, Integer> userId = new HashMap<>();
        for (String line : ratings) {
            userId.putIfAbsent(line.substring(0, line.indexOf("::")), userId.size());
        }
        Interactions.Builder b = new Interactions.Builder(userId.size(), itemId.size());
        for (String line : ratings) {
            String[] f = line.split("::", -1);
            Integer item = itemId.get(f[1]);
            if (item == null) {
                throw new IOException("ratings.dat: movie " + f[1] + " is not in movies.dat");
            }
            b.add(userId.get(f[0]), item, Long.parseLong(f[3]));
        }
        return new RecDataset("MovieTweetings 100K", b.build(), vectors, null,
                "the rating tweet's time (Unix seconds); ties keep file order");
    }

    private static int year(String title) {
        int close = title.lastIndexOf(')');
        int open = title.lastIndexOf('(', close);
        if (open < 0 || close - open != 5) {
            return -1;
        }
        try {
            return Integer.parseInt(title.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int era(int year) {
        int e = 0;
        for (int j = 0; j < ERA_START.length; j++) {
            if (year >= ERA_START[j]) {
                e = j;
            }
        }
        return e;
    }
}
