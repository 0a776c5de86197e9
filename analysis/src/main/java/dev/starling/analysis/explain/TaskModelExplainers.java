package dev.starling.analysis.explain;

import dev.starling.analysis.classify.ShippedModels;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.Arrays;
import java.util.List;

/** Integrated gradients for every shipped TweetEval task model (LoRA on all-MiniLM-L6-v2, mean pooling). */
public final class TaskModelExplainers implements ExplainerProvider {
    @Override
    public List<String> tasks() {
        return Arrays.stream(TweetEvalTask.values()).filter(ShippedModels::available).map(TweetEvalTask::id).toList();
    }

    @Override
    public Explainer create(String task, ExplainSettings settings) {
        return of(load(TweetEvalTask.of(task), settings), settings);
    }

    /** The explainer of an already loaded task model. */
    public static EncoderExplainer of(TaskModel model, ExplainSettings settings) {
        SoftmaxScore head = SoftmaxScore.fromInOut(model.headWeight(), model.headBias(), 0);
        return new EncoderExplainer(model.task(), model.labels(), model.tokenizer(), model.maxTokens(), model.differentiableEncoder(),
                SentencePooling.MEAN, head.weight(), head.bias(), settings);
    }

    static TaskModel load(TweetEvalTask task, ExplainSettings settings) {
        Tokenizer tokenizer = BaseEncoder.minilmTokenizer();
        return ShippedModels.load(task, null, BaseEncoder.minilm(), tokenizer, settings.kernels());
    }
}
