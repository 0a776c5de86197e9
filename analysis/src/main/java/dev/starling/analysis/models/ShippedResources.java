package dev.starling.analysis.models;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.json.Json;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Checkpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the small files of a model shipped on the classpath (model.json, weights.safetensors,
 * PROVENANCE.json). Weight files are copied to a temporary file first because the safetensors
 * reader maps a file; these are kilobytes to a few megabytes, so the copy costs nothing.
 */
public final class ShippedResources {
    private ShippedResources() {
    }

    /** True if {@code resource} is on the classpath. */
    public static boolean exists(String resource) {
        return ShippedResources.class.getResource(resource) != null;
    }

    /** A JSON object resource. */
    public static Map<String, Object> json(String resource) {
        try (InputStream in = open(resource)) {
            return Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tensor of a safetensors resource, as float32. */
    public static Map<String, Tensor> weights(String resource) {
        try (InputStream in = open(resource)) {
            Path tmp = Files.createTempFile("starling-model", ".safetensors");
            try {
                Files.write(tmp, in.readAllBytes());
                return Checkpoints.readAll(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new WeightFormatException("classpath:" + resource, "no shipped model file here (is this build complete?)");
        }
        return in;
    }
}
