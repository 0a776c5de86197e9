package dev.starling.analysis.explain;

import dev.starling.analysis.classify.SharedHead;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.embed.SentencePooling;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated gradients for the shared heads (emotion, offensive, hate, irony on the sentiment
 * model's encoder), the classifiers {@code analyze} runs. Named {@code shared-<task>} so they do not
 * shadow the task models of the same task.
 */
public final class SharedHeadExplainers implements ExplainerProvider {
    public static final String PREFIX = "shared-";
    private static final List<String> HEADS = List.of("emotion", "offensive", "hate", "irony");

    @Override
    public List<String> tasks() {
        List<String> out = new ArrayList<>();
        for (String h : HEADS) {
            if (SharedHead.class.getResource(SharedHead.RESOURCE_PREFIX + h + "/head.json") != null) {
                out.add(PREFIX + h);
            }
        }
        return out;
    }

    @Override
    public Explainer create(String task, ExplainSettings settings) {
        if (!task.startsWith(PREFIX) || SharedHead.shipped(task.substring(PREFIX.length())) == null) {
            throw new IllegalArgumentException("no shared head '" + task + "'");
        }
        SharedHead head = SharedHead.shipped(task.substring(PREFIX.length()));
        return of(head, TaskModelExplainers.load(TweetEvalTask.of(head.encoder()), settings), settings);
    }

    /** The explainer of a shared head on its (already loaded) encoder's task model. */
    public static EncoderExplainer of(SharedHead head, TaskModel encoderModel, ExplainSettings settings) {
        return new EncoderExplainer(PREFIX + head.task(), head.labels(), encoderModel.tokenizer(), encoderModel.maxTokens(),
                encoderModel.differentiableEncoder(), SentencePooling.MEAN, head.weight(), head.bias(), settings);
    }
}
