package dev.starling.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.starling.engine.json.JsonWriter;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole-process anchor for {@code ./starling embed}: what a user of ONNX Runtime would write.
 * Reads one post per line, tokenizes with HuggingFace tokenizers (DJL), embeds 32 posts at a
 * time in file order on ORT with 2 threads (mean pooling + L2 normalisation), writes JSONL
 * {"embedding": [...]}. Usage: OrtEmbedProgram INPUT OUTPUT [THREADS] [BATCH] [MODEL.onnx TOKENIZER.json]
 * (without the last two, the built-in model and tokenizer are read from the classpath).
 */
public final class OrtEmbedProgram {
    private OrtEmbedProgram() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Path model = args.length > 5 ? Path.of(args[4]) : null;
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        Path tokenizerJson = args.length > 5 ? Path.of(args[5]) : Files.createTempFile("minilm-tokenizer", ".json");
        if (args.length <= 5) {
            try (InputStream in = OrtEmbedProgram.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
                Files.write(tokenizerJson, in.readAllBytes());
            }
        }
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("truncation", "true", "maxLength", "256", "padding", "false"));
             OrtEncoder encoder = model != null ? new OrtEncoder(model, threads) : new OrtEncoder(threads);
             BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            for (int from = 0; from < lines.size(); from += batchSize) {
                List<long[]> batch = new ArrayList<>();
                for (String line : lines.subList(from, Math.min(lines.size(), from + batchSize))) {
                    batch.add(tokenizer.encode(line).getIds());
                }
                for (float[] v : encoder.embed(batch)) {
                    sb.setLength(0);
                    sb.append("{\"embedding\":");
                    JsonWriter.floats(sb, v);
                    sb.append("}\n");
                    out.append(sb);
                }
            }
        } finally {
            if (args.length <= 5) {
                Files.deleteIfExists(tokenizerJson);
            }
        }
    }
}
