package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.starling.engine.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed test set {@code tokenizer/posts.jsonl}: one JSON string literal per line, so that
 * control characters, NUL, CR and U+2028 can be written as escapes and the file stays line-oriented.
 */
final class Posts {
    private Posts() {
    }

    static List<String> load() {
        try (InputStream in = Posts.class.getResourceAsStream("/tokenizer/posts.jsonl")) {
            assertNotNull(in, "tokenizer/posts.jsonl is missing from the test classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> posts = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                Object post = Json.parse(line);
                assertInstanceOf(String.class, post, "posts.jsonl line " + (posts.size() + 1) + " is not a JSON string");
                posts.add((String) post);
            }
            return posts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
