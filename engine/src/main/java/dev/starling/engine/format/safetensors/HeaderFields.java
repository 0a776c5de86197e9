package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to the JSON values of a safetensors header, failing with the file's name and the key. */
final class HeaderFields {
    private HeaderFields() {
    }

    /** The {@code __metadata__} object: the specification allows only string values. */
    static Map<String, String> metadata(Path file, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new WeightFormatException(file, "\"__metadata__\" is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new WeightFormatException(file, "\"__metadata__\" value of '" + e.getKey()
                        + "' is not a string");
            }
            out.put((String) e.getKey(), s);
        }
        return out;
    }

    /** One tensor entry; unknown extra keys are ignored, as the reference implementation does. */
    static TensorEntry entry(Path file, String name, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new WeightFormatException(file, "entry of tensor '" + name + "' is not a JSON object");
        }
        Object dtypeValue = require(file, name, map, "dtype");
        if (!(dtypeValue instanceof String dtypeName)) {
            throw new WeightFormatException(file, "tensor '" + name + "': \"dtype\" is not a string");
        }
        SafetensorsDType dtype = SafetensorsDType.parse(dtypeName);
        if (dtype == null) {
            throw new WeightFormatException(file, "tensor '" + name + "' has unknown dtype '" + dtypeName
                    + "' (the specification's dtypes: " + SafetensorsDType.names() + ")");
        }
        long[] shape = naturals(file, name, "shape", require(file, name, map, "shape"), -1);
        long[] offsets = naturals(file, name, "data_offsets", require(file, name, map, "data_offsets"), 2);
        return new TensorEntry(name, dtype, shape, offsets[0], offsets[1]);
    }

    private static Object require(Path file, String name, Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            throw new WeightFormatException(file, "tensor '" + name + "' has no \"" + key + "\"");
        }
        return map.get(key);
    }

    /** An array of non-negative integers; {@code length} -1 allows any length. */
    private static long[] naturals(Path file, String name, String key, Object value, int length) {
        if (!(value instanceof List<?> list) || (length >= 0 && list.size() != length)) {
            throw new WeightFormatException(file, "tensor '" + name + "': \"" + key + "\" is not "
                    + (length >= 0 ? "an array of " + length + " integers" : "an array of integers"));
        }
        long[] out = new long[list.size()];
        for (int k = 0; k < out.length; k++) {
            // Json yields Long only for integral literals that fit; fractions and huge values come as Double.
            if (!(list.get(k) instanceof Long v) || v < 0) {
                throw new WeightFormatException(file, "tensor '" + name + "': \"" + key + "\" holds "
                        + list.get(k) + ", not a non-negative 64-bit integer");
            }
            out[k] = v;
        }
        return out;
    }
}
