package dev.starling.analysis.recommend.data;

import dev.starling.analysis.recommend.Interactions;

/**
 * A recommendation data set in dense ids.
 *
 * @param name         for tables
 * @param interactions who touched what when (the time order the evaluation uses)
 * @param itemVectors  a content vector per item [items, d], L2-normalised (zero when the item has no content)
 * @param friends      friend lists per user, or null when the data set has no social graph
 * @param timeOrder    one sentence: where the times come from
 */
public record RecDataset(String name, Interactions interactions, float[][] itemVectors, int[][] friends, String timeOrder) {
}
