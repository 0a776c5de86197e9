package dev.starling.analysis.pipeline;

import dev.starling.analysis.lang.Detection;
import dev.starling.analysis.lang.LanguageIdentifier;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.ProtectedPost;
import dev.starling.analysis.text.NormalizedText;
import dev.starling.analysis.text.SocialTextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Runs the pipeline on a batch of posts: protect → normalise → identify language → classify →
 * flag. Privacy comes first so that no later stage (normaliser, models, storage, report, logs)
 * ever holds the original personal data.
 */
public final class PostAnalyzer {
    private final PrivacyFilter privacy;
    private final SocialTextNormalizer normalizer;
    private final LanguageIdentifier languages;
    private final List<PostClassifier> classifiers;
    private final List<FlagRule> flagRules;
    private final String languageOverride;
    private final Predicate<String> languageFilter;

    /**
     * @param classifiers      in routing order: for each task, a post goes to the first classifier that supports its language
     * @param languageOverride a language code that replaces detection for every post, or null
     */
    public PostAnalyzer(PrivacyFilter privacy, SocialTextNormalizer normalizer, LanguageIdentifier languages,
                        List<PostClassifier> classifiers, List<FlagRule> flagRules, String languageOverride) {
        this(privacy, normalizer, languages, classifiers, flagRules, languageOverride, lang -> true);
    }

    /** As above; posts whose detected language fails {@code languageFilter} are dropped before classification. */
    public PostAnalyzer(PrivacyFilter privacy, SocialTextNormalizer normalizer, LanguageIdentifier languages,
                        List<PostClassifier> classifiers, List<FlagRule> flagRules, String languageOverride,
                        Predicate<String> languageFilter) {
        this.privacy = Objects.requireNonNull(privacy);
        this.normalizer = Objects.requireNonNull(normalizer);
        this.languages = Objects.requireNonNull(languages);
        this.classifiers = List.copyOf(classifiers);
        this.flagRules = List.copyOf(flagRules);
        this.languageOverride = languageOverride;
        this.languageFilter = Objects.requireNonNull(languageFilter);
    }

    /** The tasks this analyzer answers, in order of first appearance. */
    public List<String> tasks() {
        return classifiers.stream().map(PostClassifier::task).distinct().toList();
    }

    /** Analyses a batch; the result keeps input order, without the posts the language filter drops. */
    public List<AnalyzedPost> analyze(List<Post> batch) {
        List<ProtectedPost> kept = new ArrayList<>(batch.size());
        List<Detection> keptLang = new ArrayList<>(batch.size());
        for (Post original : batch) {
            ProtectedPost p = privacy.protectCounted(original);
            Detection d = detect(p.post());
            if (languageFilter.test(d.lang())) {
                kept.add(p);
                keptLang.add(d);
            }
        }
        int n = kept.size();
        ProtectedPost[] safe = kept.toArray(new ProtectedPost[0]);
        Detection[] lang = keptLang.toArray(new Detection[0]);
        NormalizedText[] norm = new NormalizedText[n];
        for (int i = 0; i < n; i++) {
            norm[i] = normalizer.normalize(safe[i].post().text());
        }
        List<Map<String, Prediction>> predictions = classify(norm, lang);
        List<AnalyzedPost> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Prediction> p = predictions.get(i);
            List<Flag> flags = new ArrayList<>();
            for (FlagRule rule : flagRules) {
                Prediction pr = p.get(rule.task());
                if (pr != null) {
                    rule.apply(pr).ifPresent(flags::add);
                }
            }
            Post post = safe[i].post().withLanguage(lang[i].lang());
            out.add(new AnalyzedPost(post, norm[i], lang[i], safe[i].counts(), p, flags));
        }
        return out;
    }

    private Detection detect(Post p) {
        if (languageOverride != null) {
            return new Detection(languageOverride, 1.0);
        }
        Detection d = languages.detect(p.text());
        if (!d.isDetermined() && p.language() != null && !p.language().isBlank()) {
            return new Detection(p.language(), 0.0); // the platform's own tag, when our detector cannot tell
        }
        return d;
    }

    /** Routes each post, per task, to the first classifier supporting its language; one call per classifier. */
    private List<Map<String, Prediction>> classify(NormalizedText[] norm, Detection[] lang) {
        List<Map<String, Prediction>> out = new ArrayList<>(norm.length);
        for (int i = 0; i < norm.length; i++) {
            out.add(new LinkedHashMap<>());
        }
        for (String task : tasks()) {
            Map<PostClassifier, List<Integer>> routed = new LinkedHashMap<>();
            for (int i = 0; i < norm.length; i++) {
                PostClassifier c = route(task, lang[i].lang());
                if (c != null) {
                    routed.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<PostClassifier, List<Integer>> e : routed.entrySet()) {
                List<NormalizedText> texts = e.getValue().stream().map(i -> norm[i]).toList();
                List<Prediction> answers = e.getKey().classify(texts);
                for (int j = 0; j < answers.size(); j++) {
                    out.get(e.getValue().get(j)).put(task, answers.get(j));
                }
            }
        }
        return out;
    }

    private PostClassifier route(String task, String language) {
        for (PostClassifier c : classifiers) {
            if (c.task().equals(task) && c.supports(language)) {
                return c;
            }
        }
        return null;
    }
}
