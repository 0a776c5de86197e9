package dev.starling.app.cli;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.lang.LanguageIdentifier;
import dev.starling.analysis.pipeline.Prediction;
import dev.starling.analysis.text.SocialTextNormalizer;
import dev.starling.analysis.zh.ChineseSentiment;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code classify}'s routing: for sentiment, each post goes to the model of its language (Chinese
 * posts to the weibo2018 model, the rest to the English TweetEval model); other tasks have one model.
 */
final class LanguageRouter {
    /** One post's answer: label, scores, and the language used when routing. */
    record Answer(String label, Map<String, Double> scores, String language) {
        String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", label);
            m.put("scores", scores);
            if (language != null) {
                m.put("language", language);
            }
            String j = JsonWriter.write(m);
            return j.substring(1, j.length() - 1);
        }
    }

    private final TaskModel english;
    private final ChineseSentiment chinese;
    private final LanguageIdentifier languages;
    private final SocialTextNormalizer normalizer;
    private final String override;

    private LanguageRouter(TaskModel english, ChineseSentiment chinese, String override) {
        this.english = english;
        this.chinese = chinese;
        this.languages = chinese == null ? null : LanguageIdentifier.forSocialText();
        this.normalizer = chinese == null ? null : SocialTextNormalizer.standard();
        this.override = override;
    }

    static LanguageRouter single(TaskModel m) {
        return new LanguageRouter(m, null, null);
    }

    static LanguageRouter sentiment(TaskModel english, Kernels kernels, String override) {
        return new LanguageRouter(english, ChineseSentiment.shipped(kernels), override);
    }

    List<Answer> classify(List<String> texts) {
        if (chinese == null) {
            return fromEnglish(texts, null);
        }
        List<String> lang = new ArrayList<>(texts.size());
        List<Integer> zh = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String l = override != null ? override : languages.detect(texts.get(i)).lang();
            lang.add(l);
            ("zh".equals(l) ? zh : other).add(i);
        }
        Answer[] out = new Answer[texts.size()];
        List<Answer> en = fromEnglish(other.stream().map(texts::get).toList(), other.stream().map(lang::get).toList());
        for (int j = 0; j < other.size(); j++) {
            out[other.get(j)] = en.get(j);
        }
        List<Classification> cn = chinese.classify(zh.stream().map(i -> normalizer.normalize(texts.get(i)).normalized()).toList());
        for (int j = 0; j < zh.size(); j++) {
            out[zh.get(j)] = new Answer(cn.get(j).label(), cn.get(j).scores(), "zh");
        }
        return List.of(out);
    }

    private List<Answer> fromEnglish(List<String> texts, List<String> langs) {
        float[][] p = english.probabilities(texts);
        List<Answer> out = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            Prediction pr = Prediction.of(english.labels(), p[i], null);
            out.add(new Answer(pr.label(), pr.scores(), langs == null ? null : langs.get(i)));
        }
        return out;
    }
}
