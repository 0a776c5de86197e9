package dev.starling.app.topics;

import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.topics.TopicConfig;
import dev.starling.analysis.topics.TopicDocument;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.analysis.topics.Topics;
import dev.starling.app.Main;
import dev.starling.app.analyze.Inputs;
import dev.starling.engine.json.Json;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topics on the bundled sample (740 posts, 12 languages): embedded once, then the pipeline run several ways. */
class TopicsSampleTest {
    static Kernels kernels;
    static List<TopicDocument> documents = new ArrayList<>();
    static float[][] embeddings;
    static List<String> embedTexts = new ArrayList<>();

    @BeforeAll
    static void embedTheSample() {
        System.setProperty("starling.home", repoRoot().toString());
        kernels = KernelRegistry.create(2);
        PrivacyFilter privacy = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.of(new byte[32]));
        List<String> texts = new ArrayList<>();
        try (PostItems items = PostItems.ofFiles(privacy, Inputs.resolve(List.of()), Optional.empty())) {
            items.forEachRemaining(i -> {
                texts.add(i.embedText());
                documents.add(i.document());
            });
        }
        embedTexts.addAll(texts);
        embeddings = TopicRun.minilm(kernels).embed(texts);
    }

    @AfterAll
    static void close() {
        kernels.parallel().close();
    }

    static Path repoRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isDirectory(cwd.resolve("examples")) ? cwd : cwd.getParent();
    }

    private static Topics run(TopicConfig c) {
        return TopicPipeline.standard(c).run(embeddings, documents);
    }

    @Test
    void theSameSeedGivesTheSameTopics() {
        Topics a = run(TopicConfig.defaults().withSeed(7).withSampleSize(500));
        Topics b = run(TopicConfig.defaults().withSeed(7).withSampleSize(500));
        assertEquals(740, a.posts());
        assertEquals(a.topics(), b.topics(), "same seed, same topics, keywords and representatives");
        assertEquals(a.merges(), b.merges());
        Topics c = run(TopicConfig.defaults().withSeed(8).withSampleSize(500));
        assertNotEquals(a.topics(), c.topics(), "the seed is used (another sample gives other topics)");
    }

    @Test
    void fewerThanFifteenPercentWithoutATopicByDefault() {
        Topics t = run(TopicConfig.defaults());
        assertTrue(t.outlierShare() < 0.15, "outliers: " + t.outlierShare());
        assertTrue(t.topics().size() >= 5, "the sample mixes many subjects: " + t.topics().size() + " topics");
        assertTrue(t.topics().stream().allMatch(x -> !x.keywords().isEmpty()), "every topic has keywords");
        Topics raw = run(TopicConfig.defaults().withReassignOutliers(false));
        assertTrue(raw.outliers() >= t.outliers(), "reassignment only removes outliers");
    }

    @Test
    void chineseTopicsHaveChineseKeywords() {
        Topics t = run(TopicConfig.defaults());
        assertTrue(t.topics().stream().anyMatch(x -> x.words(5).stream().anyMatch(w -> Character.UnicodeScript.of(w.codePointAt(0))
                == Character.UnicodeScript.HAN)), "a topic keyed by Chinese words");
    }

    @Test
    void incrementalModeFitsOnTheFirstPostsAndStreamsTheRest() {
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < embeddings.length; i++) {
            byText.put(embedTexts.get(i), embeddings[i]);
        }
        dev.starling.engine.embed.TextEmbedder lookup = new dev.starling.engine.embed.TextEmbedder() {
            @Override
            public int dimension() {
                return embeddings[0].length;
            }

            @Override
            public float[][] embed(List<String> texts) {
                return texts.stream().map(byText::get).toArray(float[][]::new);
            }
        };
        List<TopicRun.Item> items = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            items.add(new TopicRun.Item(embedTexts.get(i), documents.get(i)));
        }
        TopicPipeline p = TopicPipeline.standard(TopicConfig.defaults().withSampleSize(300));
        dev.starling.app.io.Progress quiet = new dev.starling.app.io.Progress(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), "t", -1, false);
        Topics a = TopicRun.incremental(items.iterator(), lookup, p, quiet);
        Topics b = TopicRun.incremental(items.iterator(), lookup, p, quiet);
        assertEquals(740, a.posts());
        assertEquals(740, a.topics().stream().mapToLong(dev.starling.analysis.topics.Topic::size).sum() + a.outliers());
        assertTrue(a.outlierShare() < 0.15);
        assertEquals(a.topics(), b.topics(), "deterministic in streaming mode too");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCommandWritesTopicsJson(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("posts.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("The football match went to penalties and the goal keeper saved " + i);
            lines.add("My sourdough recipe needs more flour and a hotter oven " + i);
        }
        Files.write(input, lines);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run("topics", input.toString(), "--out", out.toString(), "--threads", "2",
                "--privacy-key", writeKey(dir).toString()));
        Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(out.resolve("topics.json")));
        assertEquals(40, ((Number) json.get("posts")).intValue());
        assertEquals(0, ((Number) json.get("outliers")).intValue());
        assertEquals(2, Main.run("topics", input.toString(), "--bucket", "month"));
        assertEquals(3, Main.run("topics", dir.resolve("missing.txt").toString()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayWhenATopicSurgedIsReportedAsASpike(@TempDir Path dir) throws IOException {
        // 35 days from a Monday: two football and two baking posts a day; on day 17 forty football posts
        Path input = dir.resolve("posts.csv");
        List<String> lines = new ArrayList<>(List.of("id,created_at,text"));
        java.time.LocalDate start = java.time.LocalDate.parse("2026-03-02");
        int id = 0;
        for (int d = 0; d < 35; d++) {
            int football = d == 17 ? 40 : 2;
            for (int i = 0; i < football; i++) {
                lines.add((id++) + "," + start.plusDays(d) + "T12:00:00Z,The football match went to penalties and the goal keeper saved shot " + i);
            }
            for (int i = 0; i < 2; i++) {
                lines.add((id++) + "," + start.plusDays(d) + "T09:00:00Z,My sourdough recipe needs more flour and a hotter oven batch " + i);
            }
        }
        Files.write(input, lines);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run("topics", input.toString(), "--out", out.toString(), "--threads", "2",
                "--privacy-key", writeKey(dir).toString()));
        Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(out.resolve("topics.json")));
        List<Map<String, Object>> bursts = (List<Map<String, Object>>) json.get("bursts");
        assertTrue(!bursts.isEmpty(), "a spike on " + start.plusDays(17));
        Map<String, Object> top = bursts.getFirst();
        assertEquals(start.plusDays(17).toString(), top.get("day"));
        assertTrue(((Number) top.get("posts")).intValue() >= 30, top.toString());
        assertTrue(bursts.stream().allMatch(b -> b.get("day").equals(start.plusDays(17).toString())), "no other day: " + bursts);
    }

    private static Path writeKey(Path dir) throws IOException {
        Path key = dir.resolve("key.hex");
        Files.writeString(key, "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\n");
        return key;
    }
}
