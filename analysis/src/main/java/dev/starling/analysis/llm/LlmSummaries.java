package dev.starling.analysis.llm;

import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGenerator;

import java.util.List;

/**
 * Generation inside analysis: a short label for a topic and a one-sentence summary of a trend,
 * from a generator (give a {@link RedactingGenerator}: posts are quoted in the prompt). Greedy
 * decoding, so the same model gives the same words; the answer is the first line, cleaned, or the
 * given fallback when the model returns nothing usable.
 */
public final class LlmSummaries {
    private static final int MAX_POSTS = 5;
    private static final int MAX_POST_CHARS = 200;

    private LlmSummaries() {
    }

    /** The prompt for a topic's label. */
    public static String topicPrompt(List<String> keywords, List<String> posts) {
        return "Social media posts about one topic.\nKeywords: " + String.join(", ", keywords) + "\nPosts:\n"
                + quoted(posts) + "A short title for the topic (at most five words):";
    }

    /** The prompt for a trend's summary. */
    public static String trendPrompt(String series, String when, List<String> drivers, List<String> posts) {
        return "Posts about \"" + series + "\" spiked " + when + ".\nWords that drove it: " + String.join(", ", drivers)
                + "\nPosts:\n" + quoted(posts) + "In one sentence, what happened:";
    }

    /** A topic label of at most five words, or {@code fallback}. */
    public static String topicLabel(TextGenerator g, List<String> keywords, List<String> posts, String fallback) {
        String text = firstLine(g.generate(topicPrompt(keywords, posts), greedy(16)).text());
        String[] words = text.split("\\s+");
        String label = String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length))).strip();
        return label.isEmpty() ? fallback : label;
    }

    /** A one-sentence trend summary, or {@code fallback}. */
    public static String trendSummary(TextGenerator g, String series, String when, List<String> drivers, List<String> posts,
                                      String fallback) {
        String text = firstLine(g.generate(trendPrompt(series, when, drivers, posts), greedy(48)).text());
        return text.isEmpty() ? fallback : text;
    }

    private static SamplingConfig greedy(int maxTokens) {
        return SamplingConfig.builder().temperature(0).repetitionPenalty(1.1).maxTokens(maxTokens).stop("\n").build();
    }

    private static String quoted(List<String> posts) {
        StringBuilder sb = new StringBuilder();
        for (String p : posts.subList(0, Math.min(MAX_POSTS, posts.size()))) {
            String one = p.replaceAll("\\s+", " ").strip();
            sb.append("- ").append(one, 0, Math.min(one.length(), MAX_POST_CHARS)).append('\n');
        }
        return sb.toString();
    }

    /** The first non-blank line, without surrounding quotes, markdown emphasis or a trailing period. */
    static String firstLine(String s) {
        for (String line : s.split("\\R")) {
            String t = line.strip().replaceAll("^[\"'*#\\s]+|[\"'*\\s]+$", "").replaceAll("[.]+$", "").strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
