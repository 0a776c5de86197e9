package dev.starling.engine.format.safetensors;

import java.util.Arrays;
import java.util.List;

/**
 * The element types the safetensors specification names, with their sizes. Knowing a type's size
 * is enough to validate a file's layout; which types can be decoded into a
 * {@link dev.starling.engine.tensor.Storage} is {@link #decodable()}.
 */
enum SafetensorsDType {
    BOOL(1), U8(1), I8(1), F8_E5M2(1), F8_E4M3(1), F8_E8M0(1),
    I16(2), U16(2), F16(2), BF16(2),
    I32(4), U32(4), F32(4),
    F64(8), I64(8), U64(8);

    private final int size;

    SafetensorsDType(int size) {
        this.size = size;
    }

    /** Bytes per element. */
    int size() {
        return size;
    }

    /**
     * Whether {@link TensorDecoder} can turn this type into a storage. The 8-bit float types are
     * known (so their files validate) but not decoded yet: no Starling model uses them.
     */
    boolean decodable() {
        return this != F8_E5M2 && this != F8_E4M3 && this != F8_E8M0;
    }

    /** The type spelled {@code name} in a header, or {@code null} when the specification has no such type. */
    static SafetensorsDType parse(String name) {
        for (SafetensorsDType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
