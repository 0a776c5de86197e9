package dev.starling.analysis.pretrain;

import dev.starling.analysis.tasks.LabeledText;
import dev.starling.analysis.tasks.SemEvalPool;
import dev.starling.analysis.tasks.TweetEvalData;
import dev.starling.analysis.tasks.TweetEvalTask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Unlabelled tweets for pretraining: the training splits of every TweetEval task plus the
 * SemEval-2017 pool, deduplicated. Validation and test texts are left out on purpose: a model
 * pretrained on them and then evaluated on them would have seen the test data.
 */
public final class TweetCorpus {
    private TweetCorpus() {
    }

    public static List<String> load(Path datasets) {
        Set<String> texts = new LinkedHashSet<>();
        for (TweetEvalTask task : TweetEvalTask.values()) {
            if (task == TweetEvalTask.SENTIMENT) {
                continue; // its training text is the SemEval pool, added below
            }
            for (LabeledText t : TweetEvalData.load(datasets, task, "train")) {
                texts.add(t.text());
            }
        }
        for (LabeledText t : SemEvalPool.training(datasets).examples()) {
            texts.add(t.text());
        }
        return new ArrayList<>(texts);
    }
}
