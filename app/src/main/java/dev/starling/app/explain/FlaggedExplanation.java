package dev.starling.app.explain;

import dev.starling.analysis.explain.Explanation;
import dev.starling.analysis.pipeline.Flag;

import java.time.Instant;

/**
 * Why one flagged post was flagged: the flag and the explanation of its label.
 *
 * @param time   when it was posted (may be null)
 * @param author the pseudonymised author
 * @param flag   the flag (task, label, probability)
 * @param explanation the attributions of the flag's label on the (protected) text the classifier read
 */
record FlaggedExplanation(Instant time, String author, Flag flag, Explanation explanation) {
}
