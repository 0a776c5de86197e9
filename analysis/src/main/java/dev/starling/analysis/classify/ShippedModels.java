package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The task models that ship with Starling, as classpath resources under
 * {@code /models/tweeteval/<task>/} (model.json, weights.safetensors, PROVENANCE.json), or the same
 * layout in a directory the user names.
 */
public final class ShippedModels {
    private ShippedModels() {
    }

    public static String resourcePrefix(TweetEvalTask task) {
        return "/models/tweeteval/" + task.id() + "/";
    }

    public static boolean available(TweetEvalTask task) {
        return ShippedModels.class.getResource(resourcePrefix(task) + TaskModel.DESCRIPTION) != null;
    }

    /** The model for {@code task}: from {@code dir/<task>} when a directory is given, else the shipped one. */
    public static TaskModel load(TweetEvalTask task, Path dir, BaseEncoder base, Tokenizer tokenizer, Kernels kernels) {
        try {
            if (dir != null) {
                Path taskDir = Files.isRegularFile(dir.resolve(TaskModel.DESCRIPTION)) ? dir : dir.resolve(task.id());
                return TaskModel.load(taskDir, base, tokenizer, kernels);
            }
            if (!available(task)) {
                throw new WeightFormatException("classpath:" + resourcePrefix(task),
                        "no model for task '" + task.id() + "' ships with this build; train one with: starling train --task " + task.id());
            }
            return TaskModel.loadResource(resourcePrefix(task), base, tokenizer, kernels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
