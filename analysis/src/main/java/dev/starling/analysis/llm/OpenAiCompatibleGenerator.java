package dev.starling.analysis.llm;

import dev.starling.engine.generate.FinishReason;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGenerator;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link TextGenerator} backed by an OpenAI-compatible HTTP server (a user's llama.cpp
 * {@code llama-server}, Ollama, vLLM …): {@code POST {base}/v1/completions} with {@code stream: true},
 * reading the server-sent events as they arrive so that pieces reach {@code onToken} at once.
 * Sampling settings map to the request fields (top_k and repeat_penalty are llama.cpp/vLLM extensions
 * that OpenAI itself ignores). Uses the JDK's HTTP client: no dependency.
 *
 * <p>Callers inside analysis wrap it in {@link RedactingGenerator}: text leaving the machine must be
 * redacted first.
 */
public final class OpenAiCompatibleGenerator implements TextGenerator {
    private final URI completions;
    private final String model;
    private final String apiKey;
    private final int contextLength;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param baseUrl       e.g. {@code http://127.0.0.1:8080} (a trailing {@code /v1} is accepted)
     * @param model         the model name the server expects (llama.cpp ignores it)
     * @param apiKey        sent as a bearer token when not null
     * @param contextLength the served model's context, for callers' budgets
     * @param timeout       per request
     */
    public OpenAiCompatibleGenerator(String baseUrl, String model, String apiKey, int contextLength, Duration timeout) {
        String base = baseUrl.replaceAll("/+$", "").replaceAll("/v1$", "");
        this.completions = URI.create(base + "/v1/completions");
        if (!"http".equals(completions.getScheme()) && !"https".equals(completions.getScheme())) {
            throw new IllegalArgumentException("the server URL must start with http:// or https://: " + baseUrl);
        }
        this.model = model;
        this.apiKey = apiKey;
        this.contextLength = contextLength;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public Generation generate(String prompt, SamplingConfig config, Consumer<String> onToken) {
        long start = System.nanoTime();
        HttpRequest.Builder req = HttpRequest.newBuilder(completions).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.write(body(prompt, config)), StandardCharsets.UTF_8));
        if (apiKey != null) {
            req.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<InputStream> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (resp.statusCode() / 100 != 2) {
                String err;
                try (InputStream in = resp.body()) {
                    err = new String(in.readNBytes(500), StandardCharsets.UTF_8);
                }
                throw new UncheckedIOException(new IOException(completions + " answered HTTP " + resp.statusCode() + ": " + err.strip()));
            }
            return read(resp.body(), onToken, start);
        } catch (ConnectException e) {
            throw new UncheckedIOException(new IOException("cannot reach " + completions + " (is the server running?)", e));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(completions + ": " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + completions, e);
        }
    }

    private Map<String, Object> body(String prompt, SamplingConfig c) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("model", model);
        b.put("prompt", prompt);
        b.put("max_tokens", c.maxTokens());
        b.put("temperature", c.temperature());
        b.put("top_p", c.topP());
        if (c.topK() > 0) {
            b.put("top_k", c.topK());
        }
        b.put("repeat_penalty", c.repetitionPenalty());
        b.put("seed", c.seed());
        if (!c.stop().isEmpty()) {
            b.put("stop", c.stop());
        }
        b.put("stream", true);
        return b;
    }

    /** Reads "data: {json}" events until "data: [DONE]" or the end of the stream. */
    private static Generation read(InputStream body, Consumer<String> onToken, long start) throws IOException {
        StringBuilder text = new StringBuilder();
        int pieces = 0;
        FinishReason finish = FinishReason.STOP;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("data:")) {
                    continue; // blank separators, comments, event names
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    break;
                }
                Map<String, Object> event = Json.parseObject(data);
                Object choices = event.get("choices");
                if (!(choices instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> choice)) {
                    continue;
                }
                if (choice.get("text") instanceof String piece && !piece.isEmpty()) {
                    text.append(piece);
                    pieces++;
                    onToken.accept(piece);
                }
                if ("length".equals(choice.get("finish_reason"))) {
                    finish = FinishReason.MAX_TOKENS;
                } else if ("stop".equals(choice.get("finish_reason"))) {
                    finish = FinishReason.STOP;
                }
            }
        }
        // a remote server does not tell us token ids: one entry per streamed piece
        return new Generation(text.toString(), new int[pieces], -1, finish, System.nanoTime() - start);
    }

    /** A rough count (4 characters a token) — the server's tokenizer is not known here. */
    @Override
    public int countTokens(String text) {
        return (text.length() + 3) / 4;
    }

    @Override
    public int contextLength() {
        return contextLength;
    }
}
