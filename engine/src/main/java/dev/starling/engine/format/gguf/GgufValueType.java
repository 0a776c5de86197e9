package dev.starling.engine.format.gguf;

import java.util.Optional;

/** The metadata value types of GGUF (gguf_type), with their ids and fixed sizes (0 for variable). */
public enum GgufValueType {
    UINT8(0, 1),
    INT8(1, 1),
    UINT16(2, 2),
    INT16(3, 2),
    UINT32(4, 4),
    INT32(5, 4),
    FLOAT32(6, 4),
    BOOL(7, 1),
    /** uint64 byte length, then UTF-8 bytes without a terminator. */
    STRING(8, 0),
    /** uint32 element type, uint64 count, then the elements. */
    ARRAY(9, 0),
    UINT64(10, 8),
    INT64(11, 8),
    FLOAT64(12, 8);

    private static final GgufValueType[] BY_ID = values();

    private final int id;
    private final int bytes;

    GgufValueType(int id, int bytes) {
        this.id = id;
        this.bytes = bytes;
    }

    public int id() {
        return id;
    }

    /** Encoded size of one value; 0 for STRING and ARRAY, whose size depends on the value. */
    public int bytes() {
        return bytes;
    }

    /** Whether values of this type are integers (signed or unsigned). */
    public boolean integral() {
        return this != FLOAT32 && this != FLOAT64 && this != BOOL && this != STRING && this != ARRAY;
    }

    /** Whether the integer type is unsigned. */
    public boolean unsigned() {
        return this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    public static Optional<GgufValueType> byId(long id) {
        return id >= 0 && id < BY_ID.length ? Optional.of(BY_ID[(int) id]) : Optional.empty();
    }
}
