package dev.starling.engine.train;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.WeightFormats;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A checkpoint is a directory: {@code weights.safetensors} (readable by any safetensors reader),
 * {@code optimizer.safetensors} (optimizer state) and {@code trainer.json} (position and history).
 * It is written complete into a temporary sibling directory, then swapped in by renames, so a
 * crash leaves either the previous checkpoint or the new one, never a mixture.
 */
public final class Checkpoints {
    public static final String WEIGHTS = "weights.safetensors";
    public static final String OPTIMIZER = "optimizer.safetensors";
    public static final String STATE = "trainer.json";

    private Checkpoints() {
    }

    /** What a checkpoint holds. */
    public record Saved(Map<String, Tensor> weights, Map<String, float[]> optimizer, Map<String, Object> state) {
    }

    public static void save(Path dir, Map<String, Tensor> weights, Map<String, float[]> optimizer, Map<String, Object> state)
            throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, dir.getFileName() + ".tmp-");
        try {
            SafetensorsWriter.write(tmp.resolve(WEIGHTS), weights, Map.of("format", "starling"));
            Map<String, Tensor> opt = new LinkedHashMap<>();
            optimizer.forEach((k, v) -> opt.put(k, Tensor.of(v.clone(), v.length)));
            SafetensorsWriter.write(tmp.resolve(OPTIMIZER), opt, Map.of());
            Files.writeString(tmp.resolve(STATE), JsonWriter.write(state), StandardCharsets.UTF_8);
            Path old = dir.resolveSibling(dir.getFileName() + ".old");
            deleteRecursively(old);
            if (Files.exists(dir)) {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } finally {
            deleteRecursively(tmp);
        }
    }

    /** Whether a complete checkpoint exists at {@code dir} (or its pre-swap copy). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(resolve(dir).resolve(STATE));
    }

    public static Saved load(Path dir) throws IOException {
        Path d = resolve(dir);
        if (!Files.isRegularFile(d.resolve(STATE))) {
            throw new WeightFormatException(dir, "no checkpoint here (missing " + STATE + ")");
        }
        Map<String, Object> state = Json.parseObject(Files.readString(d.resolve(STATE), StandardCharsets.UTF_8));
        Map<String, Tensor> weights = readAll(d.resolve(WEIGHTS));
        Map<String, float[]> optimizer = new LinkedHashMap<>();
        readAll(d.resolve(OPTIMIZER)).forEach((k, t) -> optimizer.put(k, t.f32()));
        return new Saved(weights, optimizer, state);
    }

    /** All tensors of a weight file, by name. */
    public static Map<String, Tensor> readAll(Path file) throws IOException {
        Map<String, Tensor> out = new LinkedHashMap<>();
        try (WeightFile f = WeightFormats.open(file)) {
            for (String name : f.names()) {
                out.put(name, f.tensor(name).toF32());
            }
        }
        return out;
    }

    /** The directory itself, or the copy left by a crash between the two renames of a swap. */
    private static Path resolve(Path dir) {
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        return !Files.exists(dir) && Files.exists(old) ? old : dir;
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
