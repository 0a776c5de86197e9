package dev.starling.analysis.recommend.data;

import dev.starling.analysis.recommend.Interactions;
import dev.starling.analysis.recommend.Vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HetRec 2011 Last.fm 2K. Interactions are {@code user_artists} (a user's top-50 artists; play
 * counts ignored: implicit feedback). The data has no listening times, so the time of (user,
 * artist) is the first day that user tagged that artist ({@code user_taggedartists}, day
 * precision; years before 2005 are treated as unknown); pairs the user never tagged are
 * {@link Interactions#UNDATED}, i.e. older than every dated one. Ties on a day keep
 * {@code user_artists} order. An artist's content vector is log(1 + count) of the
 * {@value #TAGS} most used tags over all users' assignments to it, L2-normalised. {@code
 * user_friends} (symmetric) is the social graph.
 */
public final class LastFm {
    static final int TAGS = 256;

    private LastFm() {
    }

    /** Reads {@code dir} = the {@code hetrec2011-lastfm-2k} folder. */
    public static RecDataset load(Path dir) throws IOException {
        List<String[]> ua = rows(dir.resolve("user_artists.dat"));
        Map<String, Integer> userId = new HashMap<>();
        Map<String, Integer> itemId = new HashMap<>();
        for (String[] r : ua) {
            userId.putIfAbsent(r[0], userId.size());
            itemId.putIfAbsent(r[1], itemId.size());
        }
        List<String[]> tagged = rows(dir.resolve("user_taggedartists.dat"));
        Map<Long, Long> firstTagged = new HashMap<>();
        Map<String, Integer> tagUse = new HashMap<>();
        for (String[] r : tagged) {
            tagUse.merge(r[2], 1, Integer::sum);
            Integer u = userId.get(r[0]);
            Integer a = itemId.get(r[1]);
            int year = Integer.parseInt(r[5]);
            if (u != null && a != null && year >= 2005) {
                long t = LocalDate.of(year, Integer.parseInt(r[4]), Integer.parseInt(r[3])).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                firstTagged.merge(((long) u << 32) | a, t, Math::min);
            }
        }
        Interactions.Builder b = new Interactions.Builder(userId.size(), itemId.size());
        for (String[] r : ua) {
            int u = userId.get(r[0]);
            int a = itemId.get(r[1]);
            b.add(u, a, firstTagged.getOrDefault(((long) u << 32) | a, Interactions.UNDATED));
        }
        return new RecDataset("HetRec Last.fm 2K", b.build(), tagVectors(tagged, tagUse, itemId), friends(dir, userId),
                "the first day the user tagged the artist; never-tagged pairs undated (older than all dated ones)");
    }

    private static float[][] tagVectors(List<String[]> tagged, Map<String, Integer> tagUse, Map<String, Integer> itemId) {
        List<String> top = new ArrayList<>(tagUse.keySet());
        top.sort((x, y) -> tagUse.get(x).equals(tagUse.get(y)) ? x.compareTo(y) : Integer.compare(tagUse.get(y), tagUse.get(x)));
        Map<String, Integer> dim = new HashMap<>();
        for (int j = 0; j < Math.min(TAGS, top.size()); j++) {
            dim.put(top.get(j), j);
        }
        float[][] v = new float[itemId.size()][TAGS];
        for (String[] r : tagged) {
            Integer a = itemId.get(r[1]);
            Integer d = dim.get(r[2]);
            if (a != null && d != null) {
                v[a][d] += 1;
            }
        }
        for (float[] row : v) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) Math.log1p(row[j]);
            }
            Vectors.normalize(row);
        }
        return v;
    }

    private static int[][] friends(Path dir, Map<String, Integer> userId) throws IOException {
        List<List<Integer>> adj = new ArrayList<>();
        for (int u = 0; u < userId.size(); u++) {
            adj.add(new ArrayList<>());
        }
        for (String[] r : rows(dir.resolve("user_friends.dat"))) {
            Integer u = userId.get(r[0]);
            Integer f = userId.get(r[1]);
            if (u != null && f != null) {
                adj.get(u).add(f);
            }
        }
        int[][] out = new int[adj.size()][];
        for (int u = 0; u < out.length; u++) {
            out[u] = adj.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Tab-separated rows after the header line. tags.dat is Latin-1, but only ids are read here, so ASCII suffices. */
    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String[]> out = new ArrayList<>(lines.size());
        for (int j = 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                out.add(lines.get(j).split("\t", -1));
            }
        }
        return out;
    }
}
