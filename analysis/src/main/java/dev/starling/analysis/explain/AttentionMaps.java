package dev.starling.analysis.explain;

import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An encoder's attention probabilities on one text: per layer and head a [T, T] matrix P whose
 * row i is how token i spreads its attention over the tokens (each row sums to 1).
 *
 * @param tokens the T tokens ([CLS] … [SEP])
 * @param maps   [layer][head] → P row-major [T·T]
 */
public record AttentionMaps(List<String> tokens, float[][][] maps) {
    public int layers() {
        return maps.length;
    }

    public int heads() {
        return maps.length == 0 ? 0 : maps[0].length;
    }

    /** P[i][j] of one layer and head. */
    public float weight(int layer, int head, int i, int j) {
        return maps[layer][head][i * tokens.size() + j];
    }

    /**
     * Writes {@code attention.json} ({"tokens": [...], "layers": [[P of head 0, ...], ...]}, P as rows)
     * and {@code layer<L>-head<H>.csv} per layer and head (a header of tokens, then one row per
     * attending token, its token first). Returns the files written.
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        int t = tokens.size();
        List<Object> layerList = new ArrayList<>();
        for (int l = 0; l < layers(); l++) {
            List<Object> headList = new ArrayList<>();
            for (int h = 0; h < heads(); h++) {
                List<Object> rows = new ArrayList<>();
                StringBuilder csv = new StringBuilder("token");
                for (String tok : tokens) {
                    csv.append(',').append(csvField(tok));
                }
                csv.append('\n');
                for (int i = 0; i < t; i++) {
                    float[] row = java.util.Arrays.copyOfRange(maps[l][h], i * t, (i + 1) * t);
                    rows.add(row);
                    csv.append(csvField(tokens.get(i)));
                    for (float v : row) {
                        csv.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                    }
                    csv.append('\n');
                }
                headList.add(rows);
                Path file = dir.resolve("layer" + l + "-head" + h + ".csv");
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                out.add(file);
            }
            layerList.add(headList);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tokens", tokens);
        json.put("layers", layerList);
        Path file = dir.resolve("attention.json");
        Files.writeString(file, JsonWriter.write(json) + "\n", StandardCharsets.UTF_8);
        out.add(file);
        return out;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
