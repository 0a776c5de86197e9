package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormatException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The key/value metadata of a GGUF file in file order, with typed access. The {@code get…} methods
 * throw a {@link WeightFormatException} naming the file and key when the key is missing or holds
 * another type; the {@code opt…} variants return empty for a missing key (and still throw for a
 * wrong type, which means a corrupt or foreign file rather than an optional setting). Integer
 * getters accept every integer width that fits, so {@code getInt} reads UINT32 and INT32 alike.
 * Returned arrays are copies.
 */
public final class GgufMetadata {
    private final String source;
    private final Map<String, GgufValue> values;

    GgufMetadata(String source, Map<String, GgufValue> values) {
        this.source = source;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Keys in file order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** All values in file order (unmodifiable). */
    public Map<String, GgufValue> asMap() {
        return values;
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The raw value, or empty. */
    public Optional<GgufValue> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String getString(String key) {
        return optString(key).orElseThrow(() -> missing(key));
    }

    public Optional<String> optString(String key) {
        return scalar(key, GgufValueType.STRING).map(String.class::cast);
    }

    public boolean getBoolean(String key) {
        return optBoolean(key).orElseThrow(() -> missing(key));
    }

    public Optional<Boolean> optBoolean(String key) {
        return scalar(key, GgufValueType.BOOL).map(Boolean.class::cast);
    }

    public int getInt(String key) {
        return optInt(key).orElseThrow(() -> missing(key));
    }

    public OptionalInt optInt(String key) {
        OptionalLong v = optLong(key);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        if (v.getAsLong() != (int) v.getAsLong()) {
            throw wrong(key, "a value that fits an int, got " + v.getAsLong());
        }
        return OptionalInt.of((int) v.getAsLong());
    }

    public long getLong(String key) {
        return optLong(key).orElseThrow(() -> missing(key));
    }

    public OptionalLong optLong(String key) {
        GgufValue v = values.get(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        if (v.isArray() || !v.type().integral()) {
            throw wrong(key, "an integer, got " + v.type());
        }
        long x = widen(v.type(), ((Number) v.value()).longValue());
        if (v.type() == GgufValueType.UINT64 && x < 0) {
            throw wrong(key, "a value that fits a long, got " + Long.toUnsignedString(x));
        }
        return OptionalLong.of(x);
    }

    public float getFloat(String key) {
        return optFloat(key).orElseThrow(() -> missing(key));
    }

    /** FLOAT32 or FLOAT64 (narrowed). */
    public Optional<Float> optFloat(String key) {
        GgufValue v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isArray() || (v.type() != GgufValueType.FLOAT32 && v.type() != GgufValueType.FLOAT64)) {
            throw wrong(key, "a float, got " + v.type());
        }
        return Optional.of(((Number) v.value()).floatValue());
    }

    public String[] getStringArray(String key) {
        return optStringArray(key).orElseThrow(() -> missing(key));
    }

    public Optional<String[]> optStringArray(String key) {
        return array(key).map(v -> {
            if (v.value() instanceof String[] s) {
                return s.clone();
            }
            throw wrong(key, "an array of STRING, got an array of " + v.elementType());
        });
    }

    public int[] getIntArray(String key) {
        return optIntArray(key).orElseThrow(() -> missing(key));
    }

    /** Any integer array whose values fit an int (UINT32 values above 2^31 − 1 do not). */
    public Optional<int[]> optIntArray(String key) {
        GgufValue v = values.get(key);
        if (v != null && v.value() instanceof int[] a && v.elementType() == GgufValueType.INT32) {
            return Optional.of(a.clone()); // the common case (token types), without boxing
        }
        return optLongArray(key).map(a -> {
            int[] out = new int[a.length];
            for (int k = 0; k < a.length; k++) {
                if (a[k] != (int) a[k]) {
                    throw wrong(key, "values that fit an int, got " + a[k] + " at index " + k);
                }
                out[k] = (int) a[k];
            }
            return out;
        });
    }

    public long[] getLongArray(String key) {
        return optLongArray(key).orElseThrow(() -> missing(key));
    }

    /** Any integer array, widened (unsigned values zero-extended; UINT64 above 2^63 − 1 rejected). */
    public Optional<long[]> optLongArray(String key) {
        return array(key).map(v -> {
            GgufValueType t = v.elementType();
            if (!t.integral()) {
                throw wrong(key, "an integer array, got an array of " + t);
            }
            long[] out = new long[v.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = widen(t, ((Number) java.lang.reflect.Array.get(v.value(), k)).longValue());
                if (t == GgufValueType.UINT64 && out[k] < 0) {
                    throw wrong(key, "values that fit a long at index " + k);
                }
            }
            return out;
        });
    }

    public float[] getFloatArray(String key) {
        return optFloatArray(key).orElseThrow(() -> missing(key));
    }

    /** FLOAT32 arrays (FLOAT64 arrays narrowed). */
    public Optional<float[]> optFloatArray(String key) {
        return array(key).map(v -> switch (v.value()) {
            case float[] f -> f.clone();
            case double[] d -> {
                float[] out = new float[d.length];
                for (int k = 0; k < d.length; k++) {
                    out[k] = (float) d[k];
                }
                yield out;
            }
            default -> throw wrong(key, "a float array, got an array of " + v.elementType());
        });
    }

    private static long widen(GgufValueType t, long raw) {
        return switch (t) {
            case UINT8 -> raw & 0xffL;
            case UINT16 -> raw & 0xffffL;
            case UINT32 -> raw & 0xffff_ffffL;
            default -> raw;
        };
    }

    private Optional<Object> scalar(String key, GgufValueType type) {
        GgufValue v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.type() != type) {
            throw wrong(key, type + ", got " + v.type() + (v.isArray() ? " of " + v.elementType() : ""));
        }
        return Optional.of(v.value());
    }

    private Optional<GgufValue> array(String key) {
        GgufValue v = values.get(key);
        if (v != null && !v.isArray()) {
            throw wrong(key, "an array, got " + v.type());
        }
        return Optional.ofNullable(v);
    }

    private WeightFormatException missing(String key) {
        return new WeightFormatException(source, "GGUF metadata has no key '" + key + "'");
    }

    private WeightFormatException wrong(String key, String expected) {
        return new WeightFormatException(source, "GGUF metadata key '" + key + "' should be " + expected);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
