package dev.starling.bench;

import dev.starling.engine.json.Json;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks that two embedding JSONL files agree line by line (a benchmark is only meaningful when
 * both programs computed the same thing). Prints the worst cosine and max |difference|; exits 1
 * when a line is missing or the cosine falls below 0.9999. Usage: CompareEmbeddings A B
 */
public final class CompareEmbeddings {
    private CompareEmbeddings() {
    }

    public static void main(String[] args) throws Exception {
        double worstCos = 1;
        double worstDiff = 0;
        long n = 0;
        try (BufferedReader a = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedReader b = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String la = a.readLine(), lb = b.readLine(); la != null || lb != null; la = a.readLine(), lb = b.readLine()) {
                n++;
                if (la == null || lb == null) {
                    System.out.println("line count differs at line " + n);
                    System.exit(1);
                }
                List<?> va = (List<?>) Json.parseObject(la).get("embedding");
                List<?> vb = (List<?>) Json.parseObject(lb).get("embedding");
                double dot = 0;
                double na = 0;
                double nb = 0;
                for (int j = 0; j < va.size(); j++) {
                    double x = ((Number) va.get(j)).doubleValue();
                    double y = ((Number) vb.get(j)).doubleValue();
                    dot += x * y;
                    na += x * x;
                    nb += y * y;
                    worstDiff = Math.max(worstDiff, Math.abs(x - y));
                }
                worstCos = Math.min(worstCos, dot / Math.sqrt(na * nb));
            }
        }
        System.out.printf(Locale.ROOT, "%d lines: worst cosine %.9f, max |diff| %.2e%n", n, worstCos, worstDiff);
        System.exit(worstCos >= 0.9999 ? 0 : 1);
    }
}
