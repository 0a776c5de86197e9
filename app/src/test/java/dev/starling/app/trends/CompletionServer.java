package dev.starling.app.trends;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small OpenAI-compatible completions server on a free local port (the JDK's HTTP server): it
 * answers {@code POST /v1/completions} with server-sent events, word by word, from a function of the
 * prompt, and records every request body. Stands in for llama.cpp's server, which cannot run here.
 */
final class CompletionServer implements AutoCloseable {
    final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    CompletionServer(Function<String, String> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/completions", ex -> handle(ex, answer));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, Function<String, String> answer) throws IOException {
        Map<String, Object> req = Json.parseObject(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(req);
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(405, -1);
            return;
        }
        String prompt = String.valueOf(req.get("prompt"));
        if (prompt.contains("FAIL")) {
            byte[] err = "{\"error\":\"model not loaded\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(503, err.length);
            ex.getResponseBody().write(err);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            String[] words = answer.apply(prompt).split("(?<= )");
            for (String w : words) {
                event(out, Map.of("choices", List.of(Map.of("text", w, "index", 0))));
            }
            event(out, Map.of("choices", List.of(Map.of("text", "", "index", 0, "finish_reason", "stop"))));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void event(OutputStream out, Map<String, Object> data) throws IOException {
        out.write(("data: " + JsonWriter.write(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
