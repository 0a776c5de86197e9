package dev.starling.analysis.text;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.tokenizer.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The English word list behind {@link WordSegmenter#english()}, most frequent first. Nothing is
 * downloaded: it is built from two sources on the classpath.
 * <ol>
 *   <li>{@code social-words.txt}: a short curated list of words frequent on social media
 *       (covid, selfie, vibes, …) and the one- and two-letter words worth keeping; ranked first.</li>
 *   <li>The whole-word entries of all-MiniLM-L6-v2's WordPiece vocabulary (no {@code ##}
 *       continuation, ASCII letters only). BERT's vocabulary lists them in order of corpus
 *       frequency after the single characters ({@code the, of, and, in, to, …}), so the id is a
 *       usable frequency rank. One- and two-letter entries are left out unless curated: the
 *       vocabulary is full of initials and abbreviations ({@code st, ll, km}) that would otherwise
 *       cut words into fragments.</li>
 * </ol>
 */
final class EnglishWords {
    static final String CURATED_RESOURCE = "social-words.txt";

    private EnglishWords() {
    }

    static List<String> ranked() {
        List<String> curated = curated();
        Set<String> words = new LinkedHashSet<>(curated);
        Set<String> shortAllowed = Set.copyOf(curated);
        Tokenizer vocab = BaseEncoder.minilmTokenizer();
        for (int id = 0; id < vocab.vocabSize(); id++) {
            String token = vocab.token(id);
            if (isWholeAsciiWord(token) && (token.length() > 2 || shortAllowed.contains(token))) {
                words.add(token);
            }
        }
        return new ArrayList<>(words);
    }

    private static boolean isWholeAsciiWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    static List<String> curated() {
        InputStream in = EnglishWords.class.getResourceAsStream(CURATED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + CURATED_RESOURCE + " is missing");
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
