package dev.starling.store;

import dev.starling.analysis.posts.Platform;

import java.util.Map;

/**
 * One task's answer for one post, stored with the model that produced it.
 *
 * @param modelVersion model name and version; results of different versions are kept side by side
 * @param scores       label → probability
 */
public record TaskResult(Platform platform, String postId, String task, String modelVersion, String label,
                         Map<String, Double> scores) {
}
