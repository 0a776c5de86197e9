package dev.starling.analysis.spam;

import dev.starling.analysis.models.BuildCommit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PROVENANCE.json of a trained spam model: data, split, settings, seed, commit and scores. */
final class SpamProvenance {
    private SpamProvenance() {
    }

    static Map<String, Object> of(SpamTraining.Result r, Map<String, SpamScores> videos, long seed, String args) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("command", "java dev.starling.analysis.spam.SpamTraining " + args);
        p.put("commit", BuildCommit.current());
        p.put("seed", seed);
        p.put("data", List.of(
                Map.of("name", "YouTube Spam Collection v1 (UCI; Alberto, Lochter, Almeida, ICMLA 2015)",
                        "path", "youtube-spam-collection/datasets/Youtube0[1-5]-*.csv"),
                Map.of("name", "SMS Spam Collection v.1 (Almeida, Gomez Hidalgo, Yamakami, DocEng 2011)",
                        "path", "sms-spam-collection/smsspamcollection/SMSSpamCollection"),
                Map.of("name", "3,000 SemEval-2017 task 4 pool tweets as legitimate posts (chosen by text hash)",
                        "path", "semeval2017-task4/dataset/Subtask_A (training pool, TweetEval test/val removed)")));
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("method", "deduplicated by normalised text, then stratified by corpus and label");
        split.put("test_fraction", SpamTraining.TEST_FRACTION);
        split.put("train_messages", r.split().train().size());
        split.put("test_messages", r.split().test().size());
        split.put("duplicates_dropped", r.split().duplicates());
        split.put("conflicting_dropped", r.split().conflicts());
        split.put("rows_skipped", r.problems().size());
        p.put("split", split);
        p.put("settings", Map.of("optimizer", "AdaGrad SGD, logistic loss", "epochs", SpamTraining.EPOCHS,
                "learning_rate", SpamTraining.LEARNING_RATE, "l2", SpamTraining.L2,
                "corpus_weighting", "each corpus weighs the same in the loss",
                "decision_threshold_folded_into_bias", SpamTraining.DECISION_THRESHOLD));
        Map<String, Object> test = new LinkedHashMap<>();
        r.heldOut().forEach((corpus, s) -> test.put(corpus, s.toJson()));
        p.put("test_score", test);
        Map<String, Object> perVideo = new LinkedHashMap<>();
        videos.forEach((v, s) -> perVideo.put(v, s.toJson()));
        perVideo.put("mean", SpamScores.mean(List.copyOf(videos.values())).toJson());
        p.put("youtube_per_video_70_30", perVideo);
        p.put("published", "TubeSpam (ICMLA 2015) reports about 95 % accuracy on YouTube comments; "
                + "its split differs from ours, so compare with care");
        return p;
    }
}
