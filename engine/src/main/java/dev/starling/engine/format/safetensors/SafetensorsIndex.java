package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sharded checkpoint presented as one {@link WeightFile}. HuggingFace splits large models into
 * {@code model-0000k-of-0000n.safetensors} shards and writes {@code model.safetensors.index.json}:
 * {@code {"metadata": {...}, "weight_map": {tensor name → shard file name}}}. The weight map is
 * authoritative (as in transformers): its order is {@link #names()}'s order and tensors a shard holds
 * beyond it are not exposed. {@link #metadata()} is the index's {@code "metadata"} object with
 * values as strings (e.g. {@code total_size}).
 */
public final class SafetensorsIndex implements WeightFile {
    /** The index file name HuggingFace uses. */
    public static final String DEFAULT_NAME = "model.safetensors.index.json";

    private final Path path;
    private final Map<String, SafetensorsFile> byTensor;
    private final Map<String, Path> weightMap;
    private final List<SafetensorsFile> shards;
    private final Map<String, String> metadata;

    private SafetensorsIndex(Path path, Map<String, SafetensorsFile> byTensor, Map<String, Path> weightMap,
            List<SafetensorsFile> shards, Map<String, String> metadata) {
        this.path = path;
        this.byTensor = byTensor;
        this.weightMap = Collections.unmodifiableMap(weightMap);
        this.shards = shards;
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** Reads the index and opens (and validates) every shard it names. */
    public static SafetensorsIndex open(Path indexFile) throws IOException {
        Map<String, Object> root = parse(indexFile);
        Map<String, Path> weightMap = weightMap(indexFile, root.get("weight_map"));
        Map<Path, SafetensorsFile> opened = new LinkedHashMap<>();
        try {
            Map<String, SafetensorsFile> byTensor = new LinkedHashMap<>();
            for (Map.Entry<String, Path> e : weightMap.entrySet()) {
                SafetensorsFile shard = opened.get(e.getValue());
                if (shard == null) {
                    shard = openShard(indexFile, e.getValue());
                    opened.put(e.getValue(), shard);
                }
                if (!shard.names().contains(e.getKey())) {
                    throw new WeightFormatException(indexFile, "weight_map puts tensor '" + e.getKey()
                            + "' in shard " + e.getValue().getFileName() + ", which has no such tensor");
                }
                byTensor.put(e.getKey(), shard);
            }
            return new SafetensorsIndex(indexFile, byTensor, weightMap, new ArrayList<>(opened.values()),
                    metadata(indexFile, root.get("metadata")));
        } catch (IOException | RuntimeException e) {
            opened.values().forEach(SafetensorsFile::close);
            throw e;
        }
    }

    /** Tensor name → shard file, in weight-map order. */
    public Map<String, Path> weightMap() {
        return weightMap;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public Set<String> names() {
        return weightMap.keySet();
    }

    @Override
    public Tensor tensor(String name) {
        SafetensorsFile shard = byTensor.get(name);
        if (shard == null) {
            throw new WeightFormatException(path, "no tensor named '" + name + "' in the weight_map");
        }
        return shard.tensor(name);
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public void close() {
        shards.forEach(SafetensorsFile::close);
    }

    private static Map<String, Object> parse(Path indexFile) throws IOException {
        try {
            return Json.parseObject(HfCheckpoint.readSmallText(indexFile, "index"));
        } catch (JsonException e) {
            throw new WeightFormatException(indexFile, "index is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static Map<String, Path> weightMap(Path indexFile, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new WeightFormatException(indexFile, "index has no \"weight_map\" object");
        }
        Path dir = indexFile.toAbsolutePath().getParent().normalize();
        Map<String, Path> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String shard) || shard.isEmpty()) {
                throw new WeightFormatException(indexFile, "weight_map entry '" + e.getKey()
                        + "' is not a shard file name");
            }
            Path resolved = dir.resolve(shard).normalize();
            // A downloaded index is untrusted: it must not point readers at files outside its folder.
            if (!resolved.startsWith(dir) || resolved.equals(dir)) {
                throw new WeightFormatException(indexFile, "shard '" + shard + "' lies outside the index's directory");
            }
            out.put((String) e.getKey(), resolved);
        }
        return out;
    }

    private static SafetensorsFile openShard(Path indexFile, Path shard) throws IOException {
        try {
            return SafetensorsFile.open(shard);
        } catch (NoSuchFileException e) {
            throw new WeightFormatException(indexFile, "shard " + shard.getFileName() + " is missing", e);
        }
    }

    private static Map<String, String> metadata(Path indexFile, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new WeightFormatException(indexFile, "index \"metadata\" is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            out.put((String) e.getKey(), v instanceof String s ? s : JsonWriter.write(v));
        }
        return out;
    }
}
