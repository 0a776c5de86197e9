package dev.starling.analysis.llm;

import dev.starling.analysis.topics.Keyword;
import dev.starling.analysis.topics.TopicLabeler;
import dev.starling.engine.generate.TextGenerator;

import java.util.List;

/**
 * The topic pipeline's labelling stage done by a text generator: keywords and a few central posts
 * in, a title of at most five words out ({@link LlmSummaries#topicLabel}); the keyword label when
 * the generator gives nothing usable or fails. Give it a {@link RedactingGenerator}.
 */
public final class LlmTopicLabeler implements TopicLabeler {
    private final TextGenerator generator;

    public LlmTopicLabeler(TextGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String label(List<Keyword> keywords, List<String> representative) {
        String fallback = TopicLabeler.keywords().label(keywords, representative);
        try {
            return LlmSummaries.topicLabel(generator, keywords.stream().limit(10).map(Keyword::term).toList(), representative, fallback);
        } catch (RuntimeException e) {
            return fallback; // an unreachable server must not lose the topics
        }
    }
}
