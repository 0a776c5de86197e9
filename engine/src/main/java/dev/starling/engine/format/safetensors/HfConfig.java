package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A HuggingFace {@code config.json} (model hyper-parameters such as {@code hidden_size},
 * {@code num_attention_heads}, {@code rope_theta}) with typed access. Model families map these keys to
 * their own config records in one place; a missing or mistyped key is a {@link WeightFormatException}
 * naming the file and key.
 */
public final class HfConfig {
    private final Path file;
    private final Map<String, Object> values;

    HfConfig(Path file, Map<String, Object> values) {
        this.file = file;
        this.values = Collections.unmodifiableMap(values);
    }

    public Path file() {
        return file;
    }

    /** The parsed JSON object (values are String, Double/Long numbers, Boolean, List, Map or null). */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean contains(String key) {
        return values.get(key) != null;
    }

    public String getString(String key) {
        return optString(key).orElseThrow(() -> missing(key));
    }

    public Optional<String> optString(String key) {
        return opt(key, String.class, "a string");
    }

    public int getInt(String key) {
        return optInt(key).orElseThrow(() -> missing(key));
    }

    /** An integral JSON number that fits an int. */
    public Optional<Integer> optInt(String key) {
        return opt(key, Number.class, "a number").map(n -> {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                throw wrong(key, "an integer that fits an int, got " + n);
            }
            return (int) d;
        });
    }

    public float getFloat(String key) {
        return optFloat(key).orElseThrow(() -> missing(key));
    }

    public Optional<Float> optFloat(String key) {
        return opt(key, Number.class, "a number").map(Number::floatValue);
    }

    public Optional<Boolean> optBoolean(String key) {
        return opt(key, Boolean.class, "true or false");
    }

    /** A list value, e.g. {@code architectures}. */
    public Optional<List<?>> optList(String key) {
        return opt(key, List.class, "a list").map(l -> (List<?>) l);
    }

    private <T> Optional<T> opt(String key, Class<T> type, String expected) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!type.isInstance(v)) {
            throw wrong(key, expected + ", got " + v);
        }
        return Optional.of(type.cast(v));
    }

    private WeightFormatException missing(String key) {
        return new WeightFormatException(file, "config has no \"" + key + "\"");
    }

    private WeightFormatException wrong(String key, String expected) {
        return new WeightFormatException(file, "config \"" + key + "\" should be " + expected);
    }
}
