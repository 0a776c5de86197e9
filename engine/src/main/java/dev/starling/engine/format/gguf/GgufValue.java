package dev.starling.engine.format.gguf;

import java.util.Arrays;
import java.util.Objects;

/**
 * One metadata value exactly as stored, so that a file read and written back is bit-identical.
 * Scalars are held as {@code Byte} (UINT8, INT8), {@code Short} (UINT16, INT16), {@code Integer}
 * (UINT32, INT32), {@code Long} (UINT64, INT64), {@code Float}, {@code Double}, {@code Boolean} or
 * {@code String}; unsigned values keep their bits (read them through {@link GgufMetadata}'s typed
 * getters, which widen them). Arrays hold a primitive array of the matching width ({@code byte[]} for
 * UINT8/INT8/BOOL, {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]}, {@code double[]})
 * or a {@code String[]}, with {@link #elementType} naming the element type. Nested arrays are not
 * supported (ggml's reader does not accept them either).
 *
 * @param type the value type (ARRAY for arrays)
 * @param elementType for arrays, the element type; null otherwise
 * @param value the boxed scalar or the array, as listed above
 */
public record GgufValue(GgufValueType type, GgufValueType elementType, Object value) {
    public GgufValue {
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
        GgufValueType t = type == GgufValueType.ARRAY ? Objects.requireNonNull(elementType, "elementType") : type;
        if (t == GgufValueType.ARRAY) {
            throw new IllegalArgumentException("nested GGUF arrays are not supported");
        }
        Class<?> want = type == GgufValueType.ARRAY ? arrayClass(t) : scalarClass(t);
        if (!want.isInstance(value)) {
            throw new IllegalArgumentException(type + (elementType == null ? "" : " of " + elementType)
                    + " needs a " + want.getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
    }

    static Class<?> scalarClass(GgufValueType t) {
        return switch (t) {
            case UINT8, INT8 -> Byte.class;
            case UINT16, INT16 -> Short.class;
            case UINT32, INT32 -> Integer.class;
            case UINT64, INT64 -> Long.class;
            case FLOAT32 -> Float.class;
            case FLOAT64 -> Double.class;
            case BOOL -> Boolean.class;
            case STRING -> String.class;
            case ARRAY -> throw new IllegalArgumentException("ARRAY is not a scalar type");
        };
    }

    static Class<?> arrayClass(GgufValueType t) {
        return switch (t) {
            case UINT8, INT8, BOOL -> byte[].class;
            case UINT16, INT16 -> short[].class;
            case UINT32, INT32 -> int[].class;
            case UINT64, INT64 -> long[].class;
            case FLOAT32 -> float[].class;
            case FLOAT64 -> double[].class;
            case STRING -> String[].class;
            case ARRAY -> throw new IllegalArgumentException("nested arrays are not supported");
        };
    }

    public static GgufValue of(GgufValueType type, Object scalar) {
        return new GgufValue(type, null, scalar);
    }

    public static GgufValue array(GgufValueType elementType, Object array) {
        return new GgufValue(GgufValueType.ARRAY, elementType, array);
    }

    public static GgufValue string(String s) {
        return of(GgufValueType.STRING, s);
    }

    public static GgufValue int32(int v) {
        return of(GgufValueType.INT32, v);
    }

    public static GgufValue uint32(int bits) {
        return of(GgufValueType.UINT32, bits);
    }

    public static GgufValue int64(long v) {
        return of(GgufValueType.INT64, v);
    }

    public static GgufValue float32(float v) {
        return of(GgufValueType.FLOAT32, v);
    }

    public static GgufValue bool(boolean v) {
        return of(GgufValueType.BOOL, v);
    }

    public static GgufValue strings(String... values) {
        return array(GgufValueType.STRING, values);
    }

    public static GgufValue int32s(int... values) {
        return array(GgufValueType.INT32, values);
    }

    public static GgufValue float32s(float... values) {
        return array(GgufValueType.FLOAT32, values);
    }

    /** Whether this is an array value. */
    public boolean isArray() {
        return type == GgufValueType.ARRAY;
    }

    /** Number of elements of an array value (1 for scalars). */
    public int length() {
        return isArray() ? java.lang.reflect.Array.getLength(value) : 1;
    }

    /** Deep, bitwise equality (floats compared by bits, as the file stores them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof GgufValue v && type == v.type && elementType == v.elementType
                && Arrays.deepEquals(new Object[] {bitsOf(value)}, new Object[] {bitsOf(v.value)});
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, elementType, Arrays.deepHashCode(new Object[] {bitsOf(value)}));
    }

    private static Object bitsOf(Object v) {
        return switch (v) {
            case Float f -> Float.floatToRawIntBits(f);
            case Double d -> Double.doubleToRawLongBits(d);
            case float[] a -> floatBits(a);
            case double[] a -> Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray();
            default -> v;
        };
    }

    private static int[] floatBits(float[] a) {
        int[] out = new int[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = Float.floatToRawIntBits(a[k]);
        }
        return out;
    }

    @Override
    public String toString() {
        if (!isArray()) {
            return type == GgufValueType.STRING ? "\"" + value + "\"" : String.valueOf(value);
        }
        return "[" + elementType + " × " + length() + "]";
    }
}
