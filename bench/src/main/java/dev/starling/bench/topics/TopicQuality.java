package dev.starling.bench.topics;

import dev.starling.analysis.topics.CoherentKeywords;
import dev.starling.analysis.topics.KeywordSelector;
import dev.starling.analysis.topics.TermExtractor;
import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.TopicConfig;
import dev.starling.analysis.topics.TopicDocument;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.analysis.topics.Topics;
import dev.starling.analysis.topics.quality.Npmi;
import dev.starling.analysis.topics.quality.TopicDiversity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topic quality on one corpus: ours (defaults, K found by HDBSCAN; and merged to fixed K) against
 * LDA with the same K, NPMI of the top 10 words over the corpus's documents and diversity of the
 * top 25, as in the BERTopic paper. Also ours with the keyword selection stage skipped (keywords in
 * c-TF-IDF order, {@link KeywordSelector#byWeight()}): same topics, so the row shows what the stage
 * adds. Prints markdown table rows.
 *
 * <p>Usage: {@code TopicQuality NAME TEXTS.txt EMBEDDINGS.jsonl [K ...] [--seed S] [--lda-iterations N] [--min-df N]
 * [--min-cluster-size N] [--dimension D] [--min-samples N] [--selection-lambda L] [--selection-candidates N]}
 * (the last two set {@link CoherentKeywords}' λ and candidates, for its sensitivity); the
 * embeddings are {@code starling embed}'s output for TEXTS (one post per line).
 */
public final class TopicQuality {
    private TopicQuality() {
    }

    public static void main(String[] args) throws IOException {
        String name = args[0];
        List<String> texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        float[][] embeddings = readEmbeddings(Path.of(args[2]));
        if (embeddings.length != texts.size()) {
            throw new IllegalStateException(texts.size() + " texts but " + embeddings.length + " embeddings");
        }
        long seed = 42;
        int ldaIterations = 300;
        int minDf = 2;
        int minClusterSize = 0;
        int dimension = TopicConfig.defaults().dimension();
        int minSamples = 0;
        CoherentKeywords selection = CoherentKeywords.standard();
        Set<Integer> ks = new LinkedHashSet<>();
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--lda-iterations" -> ldaIterations = Integer.parseInt(args[++i]);
                case "--min-df" -> minDf = Integer.parseInt(args[++i]);
                case "--min-cluster-size" -> minClusterSize = Integer.parseInt(args[++i]);
                case "--dimension" -> dimension = Integer.parseInt(args[++i]);
                case "--min-samples" -> minSamples = Integer.parseInt(args[++i]);
                case "--selection-lambda" -> selection = new CoherentKeywords(selection.candidates(), Double.parseDouble(args[++i]),
                        selection.postsPerTopic());
                case "--selection-candidates" -> selection = new CoherentKeywords(Integer.parseInt(args[++i]), selection.lambda(),
                        selection.postsPerTopic());
                default -> ks.add(Integer.parseInt(args[i]));
            }
        }
        TermExtractor extractor = TermExtractor.standard();
        // The vocabulary both models and NPMI see: terms in at least min-df documents (OCTIS filters its corpora alike).
        List<List<String>> docs = minDf(texts.stream().map(t -> extractor.terms(t, "en")).toList(), minDf);
        List<TopicDocument> documents = texts.stream().map(TopicDocument::of).toList();
        Npmi npmi = new Npmi(docs);
        System.out.println("| corpus | posts | K | model | NPMI (top 10) | diversity (top 25) | noise before reassignment | seconds |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        TopicConfig base = TopicConfig.defaults().withSeed(seed).withMinDocumentFrequency(minDf).withMinClusterSize(minClusterSize)
                .withDimension(dimension).withMinSamples(minSamples);
        long t0 = System.nanoTime();
        KeywordSelector selector = selection;
        Topics auto = TopicPipeline.standard(base).withSelector(selector).run(embeddings, documents);
        double secs = (System.nanoTime() - t0) / 1e9;
        Topics raw = TopicPipeline.standard(base.withReassignOutliers(false)).run(embeddings, documents);
        int kAuto = auto.topics().size();
        row(name, texts.size(), kAuto, "ours (HDBSCAN's K)", words(auto), npmi, String.format(Locale.ROOT, "%.1f%%", 100 * raw.outlierShare()), secs);
        t0 = System.nanoTime();
        Topics byWeight = TopicPipeline.standard(base).withSelector(KeywordSelector.byWeight()).run(embeddings, documents);
        row(name, texts.size(), kAuto, "ours, c-TF-IDF order (no selection)", words(byWeight), npmi, "", (System.nanoTime() - t0) / 1e9);
        List<List<String>> ldaDocs = docs;
        List<Integer> all = new ArrayList<>(List.of(kAuto));
        all.addAll(ks);
        for (int k : all) {
            if (k != kAuto && k < kAuto) {
                t0 = System.nanoTime();
                Topics merged = TopicPipeline.standard(base.withTargetTopics(k)).withSelector(selector).run(embeddings, documents);
                row(name, texts.size(), k, "ours (merged to K)", words(merged), npmi, "", (System.nanoTime() - t0) / 1e9);
            }
            t0 = System.nanoTime();
            List<List<String>> lda = new GibbsLda(k, 0.1, 0.01).fit(ldaDocs, ldaIterations, seed).topWords(25);
            row(name, texts.size(), k, "LDA (Gibbs, " + ldaIterations + " sweeps)", lda, npmi, "", (System.nanoTime() - t0) / 1e9);
        }
        for (Topic t : auto.topics()) {
            System.err.printf("%3d %6d  %s%n", t.id(), t.size(), String.join(" ", t.words(10)));
        }
    }

    private static List<List<String>> words(Topics t) {
        return t.topics().stream().map(topic -> topic.words(25)).toList();
    }

    private static void row(String name, int n, int k, String model, List<List<String>> topics, Npmi npmi, String noise, double secs) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %s | %.3f | %.3f | %s | %.1f |%n", name, n, k, model,
                npmi.score(topics, 10), TopicDiversity.score(topics, 25), noise, secs);
    }

    /** Documents without the terms found in fewer than {@code min} documents (as our c-TF-IDF ignores them). */
    static List<List<String>> minDf(List<List<String>> docs, int min) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : docs) {
            for (String w : new LinkedHashSet<>(d)) {
                df.merge(w, 1, Integer::sum);
            }
        }
        return docs.stream().map(d -> d.stream().filter(w -> df.get(w) >= min).toList()).toList();
    }

    /** {@code {"embedding": [f, ...]}} per line. */
    static float[][] readEmbeddings(Path file) throws IOException {
        List<float[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int a = line.indexOf('[');
            int b = line.lastIndexOf(']');
            String[] parts = line.substring(a + 1, b).split(",");
            float[] v = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Float.parseFloat(parts[i].trim());
            }
            out.add(v);
        }
        return out.toArray(new float[0][]);
    }
}
