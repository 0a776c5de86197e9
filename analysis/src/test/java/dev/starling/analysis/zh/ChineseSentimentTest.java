package dev.starling.analysis.zh;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.models.ShippedResources;
import dev.starling.engine.ops.KernelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped Chinese sentiment model: loads from the classpath on a fresh checkout, is compact,
 * carries its provenance, uses the English model's label names, and gets unmistakable posts right
 * in Simplified and Traditional characters.
 */
class ChineseSentimentTest {
    static final List<String> POSITIVE = List.of(
            "今天太开心了，谢谢大家！",
            "这家餐厅的菜真好吃，服务也很周到，下次还来！",
            "終於考完試了，好開心！謝謝一直支持我的朋友們",
            "新买的手机很好用，拍照特别清楚，非常满意[哈哈]");
    static final List<String> NEGATIVE = List.of(
            "服务太差了，再也不来了",
            "排队两个小时，结果告诉我卖完了，气死我了",
            "這個產品品質很差，用了兩天就壞了，非常失望",
            "又加班到半夜，累死了，真的受够了[怒]");

    @Test
    void getsObviousPostsRight() {
        ChineseSentiment m = ChineseSentiment.shipped();
        List<Classification> pos = m.classify(POSITIVE);
        List<Classification> neg = m.classify(NEGATIVE);
        for (int i = 0; i < POSITIVE.size(); i++) {
            assertEquals("positive", pos.get(i).label(), POSITIVE.get(i) + " " + pos.get(i).scores());
        }
        for (int i = 0; i < NEGATIVE.size(); i++) {
            assertEquals("negative", neg.get(i).label(), NEGATIVE.get(i) + " " + neg.get(i).scores());
        }
    }

    @Test
    void scoresUseTheEnglishModelsNamesAndSumToOne() {
        ChineseSentiment m = ChineseSentiment.shipped();
        List<String> odd = List.of("", "😀", "OK", "。。。", "中".repeat(3_000));
        List<Classification> all = m.classify(odd);
        for (Classification c : all) {
            assertEquals(List.of("negative", "positive"), List.copyOf(c.scores().keySet()));
            assertEquals(1.0, c.score("negative") + c.score("positive"), 1e-9);
            assertTrue(c.score("positive") >= 0 && c.score("positive") <= 1);
        }
        // one at a time equals batched
        for (int i = 0; i < odd.size(); i++) {
            assertEquals(all.get(i).score("positive"), m.classify(odd.get(i)).score("positive"), 1e-6);
        }
    }

    @Test
    void shipsCompactlyWithProvenance() throws IOException {
        try (InputStream in = ChineseSentiment.class.getResourceAsStream(ChineseSentiment.RESOURCE_PREFIX + ChineseSentiment.WEIGHTS)) {
            assertNotNull(in);
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(size > 100_000 && size < 5_000_000, "weights are " + size + " bytes");
        }
        Map<String, Object> p = ShippedResources.json(ChineseSentiment.RESOURCE_PREFIX + ChineseSentiment.PROVENANCE);
        for (String key : List.of("command", "commit", "seed", "data", "encoder", "split", "settings", "test_score")) {
            assertTrue(p.containsKey(key), "provenance lacks " + key);
        }
        assertEquals(List.of("negative", "positive"),
                ShippedResources.json(ChineseSentiment.RESOURCE_PREFIX + ChineseSentiment.DESCRIPTION).get("labels"));
    }

    @Test
    void saveAndLoadGiveTheSameAnswers(@TempDir Path dir) throws IOException {
        ChineseSentiment m = ChineseSentiment.shipped();
        m.save(dir, null);
        var kernels = KernelRegistry.create(1);
        ChineseSentiment back = ChineseSentiment.load(dir, kernels);
        List<String> texts = new ArrayList<>(POSITIVE);
        texts.addAll(NEGATIVE);
        double[] a = m.positiveProbabilities(texts);
        double[] b = back.positiveProbabilities(texts);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 0.0, texts.get(i));
        }
    }
}
