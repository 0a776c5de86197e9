package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.LabeledText;
import dev.starling.analysis.tasks.TweetEvalData;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.train.Checkpoints;
import dev.starling.engine.train.Trainer;
import dev.starling.engine.train.TrainerConfig;
import dev.starling.engine.train.TrainingListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fine-tunes all-MiniLM-L6-v2 on one TweetEval task: tokenize, train with validation on the
 * task's validation split, keep the best epoch, score validation and test with the official metric.
 */
public final class FineTuning {
    private FineTuning() {
    }

    /** The knobs of a fine-tuning run. */
    public record Options(TweetEvalTask task, BertClassifier.Method method, int epochs, double learningRate, int batchSize,
                          int loraRank, int maxTokens, long seed, int limit, boolean balanced, float dropout, int patience,
                          double warmup, Path checkpoints, boolean resume, Path base) {
    }

    /** The trained model and how it did. */
    public record Outcome(BertClassifier model, Trainer.Result training, double validation, double test,
                          int trainExamples, int validationExamples, int testExamples) {
    }

    public static Outcome run(Path datasets, Options o, Kernels kernels, TrainingListener listener) {
        List<LabeledText> train = TweetEvalData.load(datasets, o.task(), "train");
        List<LabeledText> val = TweetEvalData.load(datasets, o.task(), "val");
        List<LabeledText> test = TweetEvalData.load(datasets, o.task(), "test");
        if (o.limit() > 0 && o.limit() < train.size()) {
            train = train.subList(0, o.limit());
        }
        int k = TweetEvalData.labelNames(datasets, o.task()).size();
        Tokenizer tok = BaseEncoder.minilmTokenizer();
        List<EncodedExample> trainSet = encode(tok, train, o.maxTokens());
        List<EncodedExample> valSet = encode(tok, val, o.maxTokens());
        List<EncodedExample> testSet = encode(tok, test, o.maxTokens());
        BaseEncoder base = o.base() == null ? BaseEncoder.minilm() : BaseEncoder.fromCheckpoint(o.base());
        BertClassifier model = BertClassifier.create(base.config(), base.weights()::get, k, o.method(), o.loraRank(), o.dropout(), o.seed());
        FineTuneTask task = new FineTuneTask(model, kernels, o.task().metric(),
                o.balanced() ? FineTuneTask.balancedWeights(trainSet, k) : null);
        TrainerConfig cfg = TrainerConfig.defaults().withEpochs(o.epochs()).withBatch(o.batchSize(), 1)
                .withLearningRate(o.learningRate()).withSeed(o.seed()).withSchedule(o.warmup(), false)
                .withPatience(o.patience()).withCheckpoints(o.checkpoints(), 0);
        Trainer.Result result = new Trainer<EncodedExample>(cfg, kernels, listener).fit(task, trainSet, valSet, o.resume());
        if (result.failure() == null && o.checkpoints() != null && Checkpoints.exists(o.checkpoints().resolve("best"))) {
            try {
                model.loadTrainable(Checkpoints.load(o.checkpoints().resolve("best")).weights());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Outcome(model, result, task.validate(valSet), task.validate(testSet), trainSet.size(), valSet.size(), testSet.size());
    }

    /** [CLS] pieces [SEP], truncated to maxTokens. */
    public static List<EncodedExample> encode(Tokenizer tok, List<LabeledText> data, int maxTokens) {
        List<EncodedExample> out = new ArrayList<>(data.size());
        for (LabeledText t : data) {
            out.add(new EncodedExample(tok.encode(t.text(), maxTokens).ids(), t.label()));
        }
        return out;
    }
}
