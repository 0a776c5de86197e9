package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading: options read from the file, and clear errors, never an NPE, for what is not supported. */
class TokenizerJsonReaderTest {
    private static final String VOCAB = "{\"[UNK]\":0,\"[CLS]\":1,\"[SEP]\":2,\"hello\":3,\"##s\":4,\"café\":5,\"cafe\":6,\"Hello\":7}";
    private static final String MODEL = "{\"type\":\"WordPiece\",\"unk_token\":\"[UNK]\",\"continuing_subword_prefix\":\"##\","
            + "\"max_input_chars_per_word\":100,\"vocab\":" + VOCAB + "}";
    private static final String BERT_PRE = "{\"type\":\"BertPreTokenizer\"}";

    @TempDir
    Path dir;

    private static String tokenizerJson(String normalizer, String post) {
        return "{\"added_tokens\":[],\"normalizer\":" + normalizer + ",\"pre_tokenizer\":" + BERT_PRE
                + ",\"post_processor\":" + post + ",\"model\":" + MODEL + "}";
    }

    private static String bertNormalizer(String lowercase, String strip) {
        return "{\"type\":\"BertNormalizer\",\"clean_text\":true,\"handle_chinese_chars\":true,"
                + "\"strip_accents\":" + strip + ",\"lowercase\":" + lowercase + "}";
    }

    @Test
    void normalizerOptionsComeFromTheFile() {
        String bert = "{\"type\":\"BertProcessing\",\"sep\":[\"[SEP]\",2],\"cls\":[\"[CLS]\",1]}";
        WordPieceTokenizer uncased = WordPieceTokenizer.fromJsonString(tokenizerJson(bertNormalizer("true", "null"), bert));
        WordPieceTokenizer cased = WordPieceTokenizer.fromJsonString(tokenizerJson(bertNormalizer("false", "null"), bert));
        WordPieceTokenizer keepAccents = WordPieceTokenizer.fromJsonString(tokenizerJson(bertNormalizer("true", "false"), bert));
        assertArrayEquals(new int[] {1, 3, 6, 2}, uncased.encode("Hello Café").ids());
        assertArrayEquals(new int[] {1, 7, 0, 2}, cased.encode("Hello Café").ids());
        assertArrayEquals(new int[] {1, 3, 5, 2}, keepAccents.encode("Hello Café").ids());
        assertEquals(1, uncased.clsId());
        assertEquals(2, uncased.sepId());
    }

    @Test
    void withoutNormalizerOrPostProcessorTextIsOnlySplit() {
        WordPieceTokenizer t = WordPieceTokenizer.fromJsonString(tokenizerJson("null", "null"));
        assertArrayEquals(new int[] {7, 3, 4}, t.encode("Hello hellos").ids());
        assertEquals(-1, t.clsId());
        assertEquals(-1, t.padId());
    }

    @Test
    void readsFilesAndStreams() throws IOException {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, tokenizerJson(bertNormalizer("true", "null"), "null"));
        assertArrayEquals(new int[] {3}, WordPieceTokenizer.fromJson(file).tokenize("HELLO"));
        try (var in = Files.newInputStream(file)) {
            assertArrayEquals(new int[] {3}, WordPieceTokenizer.fromJson(in).tokenize("HELLO"));
        }
        assertThrows(IOException.class, () -> WordPieceTokenizer.fromJson(dir.resolve("missing.json")));
    }

    @Test
    void errorsNameTheFile() throws IOException {
        Path file = dir.resolve("broken-tokenizer.json");
        Files.writeString(file, "{\"model\": ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordPieceTokenizer.fromJson(file));
        assertTrue(e.getMessage().contains("broken-tokenizer.json"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not JSON                | {"model":                                                  | not valid JSON
            top-level array         | []                                                         | not valid JSON
            empty object            | {}                                                         | $.model: missing
            null model              | {"model": null}                                            | $.model: missing
            BPE model               | {"model": {"type": "BPE", "vocab": {}, "merges": []}}      | unsupported model 'BPE'
            untyped BPE model       | {"model": {"vocab": {"a": 0}, "merges": ["a b"]}}          | unsupported model 'BPE'
            Unigram model           | {"model": {"type": "Unigram", "vocab": [["a", 0.0]]}}      | unsupported model 'Unigram'
            model not an object     | {"model": "WordPiece"}                                     | expected an object
            vocab missing           | {"model": {"type": "WordPiece"}}                           | $.model.vocab: missing
            vocab not an object     | {"model": {"type": "WordPiece", "vocab": ["a"]}}           | expected an object
            id not an integer       | {"model": {"type": "WordPiece", "vocab": {"[UNK]": "0"}}}  | expected a non-negative integer
            negative id             | {"model": {"type": "WordPiece", "vocab": {"[UNK]": -1}}}   | expected a non-negative integer
            unk not in vocab        | {"model": {"type": "WordPiece", "vocab": {"a": 0}}}        | '[UNK]' is not in the vocabulary
            no pre-tokenizer        | {"model": {"type": "WordPiece", "vocab": {"[UNK]": 0}}}    | unsupported pre-tokenizer 'null'
            """)
    void malformedOrUnsupportedFilesAreRejectedClearly(String name, String json, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordPieceTokenizer.fromJsonString(json));
        assertTrue(e.getMessage().startsWith("tokenizer.json string: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), name + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            other normalizer     | {"type": "NFKC"}                  | {"type": "BertPreTokenizer"} | null
            bad lowercase        | {"type": "BertNormalizer", "lowercase": "yes"} | {"type": "BertPreTokenizer"} | null
            other pre-tokenizer  | null                              | {"type": "Whitespace"}       | null
            other post-processor | null                              | {"type": "BertPreTokenizer"} | {"type": "RobertaProcessing"}
            template w/o ids     | null                              | {"type": "BertPreTokenizer"} | {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}], "pair": [], "special_tokens": {}}
            template bad item    | null                              | {"type": "BertPreTokenizer"} | {"type": "TemplateProcessing", "single": [{"Foo": {}}], "pair": []}
            """)
    void unsupportedPipelineStepsAreRejected(String name, String normalizer, String pre, String post) {
        String json = "{\"normalizer\":" + normalizer + ",\"pre_tokenizer\":" + pre + ",\"post_processor\":" + post
                + ",\"model\":" + MODEL + "}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordPieceTokenizer.fromJsonString(json));
        assertTrue(e.getMessage().startsWith("tokenizer.json string: $."), name + ": " + e.getMessage());
    }

    @Test
    void addedTokenErrorsPointAtTheEntry() {
        String json = "{\"added_tokens\":[{\"id\":0,\"content\":\"[UNK]\"},{\"content\":\"x\"}],\"pre_tokenizer\":"
                + BERT_PRE + ",\"model\":" + MODEL + "}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordPieceTokenizer.fromJsonString(json));
        assertTrue(e.getMessage().contains("$.added_tokens[1].id"), e.getMessage());
    }
}
