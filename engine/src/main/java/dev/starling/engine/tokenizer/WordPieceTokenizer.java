package dev.starling.engine.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BERT WordPiece tokenizer loaded from a HuggingFace tokenizer.json, producing the same ids as HF
 * {@code tokenizers}. The pipeline, per text:
 *
 * <ol>
 *   <li>added tokens with {@code normalized: false} ([CLS], [MASK], …) are found in the raw text;</li>
 *   <li>the text between them goes through the {@link BertNormalizer}, then added tokens with
 *       {@code normalized: true} are found in the normalized text;</li>
 *   <li>the remaining text is split into words ({@link BertPreTokenizer}) and each word into pieces
 *       ({@link WordPiece});</li>
 *   <li>{@link Truncation} and the template ({@link TemplateProcessing}) make the {@link Encoding}.</li>
 * </ol>
 */
public final class WordPieceTokenizer implements Tokenizer {
    private final BertNormalizer normalizer;
    private final WordPiece wordPiece;
    private final AddedTokenMatcher rawTokens;
    private final AddedTokenMatcher normalizedTokens;
    private final TemplateProcessing post;
    private final Map<String, Integer> tokenToId;
    private final String[] idToToken;
    private final int padId;

    WordPieceTokenizer(BertNormalizer normalizer, WordPiece wordPiece, List<AddedToken> added,
            TemplateProcessing post, Map<String, Integer> tokenToId, int padId) {
        this.normalizer = normalizer;
        this.wordPiece = wordPiece;
        this.post = post;
        this.tokenToId = Map.copyOf(tokenToId);
        this.padId = padId;
        List<AddedToken> raw = new ArrayList<>();
        List<AddedToken> normalized = new ArrayList<>();
        for (AddedToken t : added) {
            if (t.normalized()) {
                normalized.add(withNormalizedContent(t));
            } else {
                raw.add(t);
            }
        }
        this.rawTokens = new AddedTokenMatcher(raw);
        this.normalizedTokens = new AddedTokenMatcher(normalized);
        this.idToToken = invert(tokenToId);
    }

    /** Loads a tokenizer.json file. */
    public static WordPieceTokenizer fromJson(Path path) throws IOException {
        return TokenizerJsonReader.read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /** Loads a tokenizer.json from a stream (e.g. a classpath resource); the stream is not closed. */
    public static WordPieceTokenizer fromJson(InputStream in) throws IOException {
        Objects.requireNonNull(in, "input stream (is the resource missing?)");
        return TokenizerJsonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "tokenizer.json stream");
    }

    /** Builds a tokenizer from the text of a tokenizer.json. */
    public static WordPieceTokenizer fromJsonString(String json) {
        return TokenizerJsonReader.read(Objects.requireNonNull(json, "json"), "tokenizer.json string");
    }

    @Override
    public int[] tokenize(String text) {
        Objects.requireNonNull(text, "text");
        return new PieceCollector().collect(text);
    }

    @Override
    public Encoding encode(String text) {
        return post.apply(tokenize(text), null);
    }

    @Override
    public Encoding encode(String text, int maxLength) {
        return post.apply(Truncation.single(tokenize(text), budget(maxLength, false)), null);
    }

    @Override
    public Encoding encodePair(String a, String b) {
        return post.apply(tokenize(a), tokenize(b));
    }

    @Override
    public Encoding encodePair(String a, String b, int maxLength) {
        int[][] cut = Truncation.pair(tokenize(a), tokenize(b), budget(maxLength, true));
        return post.apply(cut[0], cut[1]);
    }

    @Override
    public Encoding withSpecialTokens(int[] pieceIds) {
        return post.apply(Objects.requireNonNull(pieceIds, "pieceIds"), null);
    }

    /** The room left for pieces once the template's special tokens are counted. */
    private int budget(int maxLength, boolean pair) {
        int added = post.addedTokens(pair);
        if (maxLength < added) {
            throw new IllegalArgumentException("maxLength " + maxLength + " is shorter than the " + added
                    + " special tokens of a " + (pair ? "pair" : "single sequence"));
        }
        return maxLength - added;
    }

    @Override
    public int vocabSize() {
        return idToToken.length;
    }

    @Override
    public int tokenId(String token) {
        return tokenToId.getOrDefault(token, -1);
    }

    @Override
    public String token(int id) {
        if (id < 0 || id >= idToToken.length || idToToken[id] == null) {
            throw new IllegalArgumentException("no token has id " + id);
        }
        return idToToken[id];
    }

    @Override
    public int clsId() {
        return post.firstSpecialId();
    }

    @Override
    public int sepId() {
        return post.lastSpecialId();
    }

    @Override
    public int padId() {
        return padId;
    }

    @Override
    public int unkId() {
        return wordPiece.unkId();
    }

    @Override
    public int maskId() {
        return tokenId("[MASK]");
    }

    /** HF matches a {@code normalized} added token against its normalized form. */
    private AddedToken withNormalizedContent(AddedToken t) {
        if (normalizer == null) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        normalizer.normalize(t.content(), 0, t.content().length(), sb);
        return new AddedToken(t.id(), sb.toString(), t.singleWord(), t.lstrip(), t.rstrip(), true, t.special());
    }

    private static String[] invert(Map<String, Integer> tokenToId) {
        int max = -1;
        for (int id : tokenToId.values()) {
            max = Math.max(max, id);
        }
        String[] out = new String[max + 1];
        tokenToId.forEach((token, id) -> out[id] = token);
        return out;
    }

    /** The per-call state of one {@link #tokenize}: buffers are not shared, so the tokenizer is. */
    private final class PieceCollector implements AddedTokenMatcher.Sink {
        private final IntList ids = new IntList(32);
        private final IntList bounds = new IntList(64);
        private final StringBuilder normalized = new StringBuilder();
        private final AddedTokenMatcher.Sink normalizedSink = new AddedTokenMatcher.Sink() {
            @Override
            public void text(int from, int to) {
                words(normalized, from, to);
            }

            @Override
            public void token(AddedToken token) {
                ids.add(token.id());
            }
        };

        private String source;

        int[] collect(String text) {
            source = text;
            rawTokens.split(text, 0, text.length(), this);
            return ids.toArray();
        }

        /** A stretch of raw text between added tokens: normalize, then look for normalized added tokens. */
        @Override
        public void text(int from, int to) {
            normalized.setLength(0);
            if (normalizer == null) {
                normalized.append(source, from, to);
            } else {
                normalizer.normalize(source, from, to, normalized);
            }
            if (normalizedTokens.isEmpty()) {
                words(normalized, 0, normalized.length());
            } else {
                normalizedTokens.split(normalized, 0, normalized.length(), normalizedSink);
            }
        }

        @Override
        public void token(AddedToken token) {
            ids.add(token.id());
        }

        private void words(CharSequence s, int from, int to) {
            bounds.truncate(0);
            BertPreTokenizer.split(s, from, to, bounds);
            for (int w = 0; w < bounds.size(); w += 2) {
                wordPiece.tokenize(s, bounds.get(w), bounds.get(w + 1), ids);
            }
        }
    }
}
