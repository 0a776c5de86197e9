package dev.starling.analysis.lang;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Script rules first, n-grams where the script is shared (see the package documentation). Give
 * it words: mentions and URLs should already be gone ({@link LanguageIdentifier#forSocialText()}
 * does that). The n-gram profiles of a script load the first time text in that script is seen.
 */
public final class ScriptNgramLanguageIdentifier implements LanguageIdentifier {
    /**
     * @param latinLanguages the Latin-script languages to choose among (ISO 639-1, with an
     *                       Optimaize profile); close relatives left out of the default (Malay,
     *                       Galician, Asturian, Occitan) are not told apart reliably in tweets and
     *                       would take posts from Indonesian, Portuguese and Spanish
     * @param minLetters     fewer letters than this in a Latin, Cyrillic or Devanagari text gives
     *                       {@code und}: too short for n-grams
     * @param minConfidence  a smaller n-gram probability gives {@code und}
     */
    public record Options(List<String> latinLanguages, int minLetters, double minConfidence) {
        public Options {
            latinLanguages = List.copyOf(latinLanguages);
            if (latinLanguages.isEmpty()) {
                throw new IllegalArgumentException("latinLanguages must not be empty");
            }
            if (minLetters < 1 || !(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("need minLetters >= 1 and minConfidence in [0, 1], got "
                        + minLetters + ", " + minConfidence);
            }
        }

        public static Options defaults() {
            return new Options(List.of("en", "es", "pt", "fr", "de", "it", "nl", "tr", "pl", "sv", "id", "da", "no",
                    "fi", "cs", "sk", "hu", "ro", "hr", "ca", "vi", "tl", "et", "lv", "lt", "sl", "sq", "sw",
                    "cy", "ga", "eu", "is", "mt", "so"), 4, 0.7);
        }
    }

    /**
     * Languages sharing a script that are not equally common online get a prior, so that a short
     * post that fits several (Привет is Russian, Ukrainian, Bulgarian…) goes to the likelier one.
     */
    private static final Map<String, Double> DEVANAGARI = Map.of("hi", 0.8, "mr", 0.1, "ne", 0.1);
    private static final Map<String, Double> CYRILLIC = Map.of("ru", 0.55, "uk", 0.2, "bg", 0.1, "sr", 0.07,
            "be", 0.04, "mk", 0.04);

    private final Options options;
    private final Map<UnicodeScript, NgramModel> models = new ConcurrentHashMap<>();

    public ScriptNgramLanguageIdentifier(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static ScriptNgramLanguageIdentifier standard() {
        return new ScriptNgramLanguageIdentifier(Options.defaults());
    }

    @Override
    public Detection detect(String text) {
        Objects.requireNonNull(text, "text");
        ScriptCensus census = ScriptCensus.of(text);
        UnicodeScript script = census.dominant();
        if (script == null) {
            return Detection.undetermined();
        }
        double share = census.share(script);
        String unique = ScriptRules.uniqueLanguage(script, census);
        if (unique != null) {
            return new Detection(unique, share);
        }
        return switch (script) {
            case ARABIC -> new Detection(ScriptRules.arabicScriptLanguage(text), share);
            case LATIN -> ngram(text, census.count(script), share, script, uniform(options.latinLanguages()), null);
            case CYRILLIC -> ngram(text, census.count(script), share, script, CYRILLIC,
                    ScriptRules.cyrillicCandidates(text));
            case DEVANAGARI -> ngram(text, census.count(script), share, script, DEVANAGARI, null);
            default -> Detection.undetermined();
        };
    }

    private static Map<String, Double> uniform(List<String> languages) {
        Map<String, Double> priors = new java.util.LinkedHashMap<>();
        languages.forEach(l -> priors.put(l, 1.0));
        return priors;
    }

    /** The n-gram decision among {@code candidates} (all languages of the script when null). */
    private Detection ngram(String text, int letters, double share, UnicodeScript script, Map<String, Double> priors,
                            List<String> candidates) {
        if (candidates != null && candidates.size() == 1) {
            return new Detection(candidates.get(0), share);
        }
        if (letters < options.minLetters()) {
            return Detection.undetermined();
        }
        NgramModel model = models.computeIfAbsent(script, s -> new NgramModel(priors.keySet(), priors));
        Map<String, Double> probabilities = model.probabilities(text, candidates);
        if (probabilities.isEmpty()) {
            return Detection.undetermined();
        }
        Map.Entry<String, Double> best = probabilities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return best.getValue() < options.minConfidence()
                ? Detection.undetermined()
                : new Detection(best.getKey(), Math.min(1, best.getValue() * share));
    }
}
