package dev.starling.analysis.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Character 1-3-gram naive Bayes over a fixed set of languages: Optimaize language-detector with
 * the profiles bundled in its jar (Wikipedia-trained, Apache-2.0). Fixed seed, so its sampling on
 * long texts gives the same answer every run. Thread-safe after construction.
 */
final class NgramModel {
    private static final long SEED = 20240601L;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    /**
     * @param languages the languages to load
     * @param priors    prior weight per language (missing ones weigh 1); empty for a uniform prior
     */
    NgramModel(Collection<String> languages, Map<String, Double> priors) {
        List<LdLocale> locales = languages.stream().map(LdLocale::fromString).toList();
        List<LanguageProfile> profiles;
        try {
            profiles = new LanguageProfileReader().readBuiltIn(locales);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the built-in language profiles " + languages
                    + " (is language-detector on the classpath?): " + e.getMessage(), e);
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.create(NgramExtractors.standard());
        if (!priors.isEmpty()) {
            Map<LdLocale, Double> weights = new LinkedHashMap<>();
            locales.forEach(l -> weights.put(l, priors.getOrDefault(l.getLanguage(), 1.0)));
            builder.languagePriorities(weights);
        }
        detector = builder
                .withProfiles(profiles)
                .seed(SEED)
                .probabilityThreshold(0)
                .build();
    }

    /**
     * Probabilities of the languages among {@code candidates} (all when null), renormalised over
     * them and ordered most probable first; empty when the text has no usable n-gram.
     */
    Map<String, Double> probabilities(String text, Collection<String> candidates) {
        // no locking: the detector's fields are final and each call makes its own Random
        List<DetectedLanguage> all = detector.getProbabilities(texts.forText(text));
        double total = 0;
        Map<String, Double> kept = new LinkedHashMap<>();
        for (DetectedLanguage d : all) {
            String lang = d.getLocale().getLanguage();
            if (candidates == null || candidates.contains(lang)) {
                kept.merge(lang, d.getProbability(), Double::sum);
                total += d.getProbability();
            }
        }
        if (total > 0) {
            double sum = total;
            kept.replaceAll((lang, p) -> p / sum);
        }
        return kept;
    }
}
