package dev.starling.app.insight;

import dev.starling.engine.generate.TextGenerator;

import java.util.List;
import java.util.Optional;

/**
 * What the user asked of the insights on the command line, handed to {@link Insight#configure}
 * before the first post. New fields get a default in {@link #none()}, so insights that ignore them
 * keep working.
 *
 * @param track terms or brands to follow in the share of voice ({@code analyze --track}); empty: the top hashtags
 * @param llm   the privacy-wrapped generator of {@code analyze --llm}, for one-sentence summaries; empty: none
 */
public record InsightOptions(List<String> track, Optional<TextGenerator> llm) {
    public InsightOptions {
        track = track == null ? List.of() : track.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        llm = llm == null ? Optional.empty() : llm;
    }

    public InsightOptions(List<String> track) {
        this(track, Optional.empty());
    }

    /** No options: every insight's defaults. */
    public static InsightOptions none() {
        return new InsightOptions(List.of());
    }

    /** These options with the generator of {@code --llm}. */
    public InsightOptions withLlm(TextGenerator generator) {
        return new InsightOptions(track, Optional.of(generator));
    }
}
