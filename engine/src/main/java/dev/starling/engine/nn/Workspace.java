package dev.starling.engine.nn;

import java.util.EnumMap;

/**
 * Reusable activation buffers for one forward pass at a time, so batches after the first
 * allocate nothing. Buffers only grow. Not thread-safe: one workspace per concurrent forward.
 */
public final class Workspace {
    /** Named buffer slots used by the encoder blocks. */
    public enum Slot { HIDDEN, QKV, CONTEXT, PROJECTED, INTERMEDIATE }

    private final EnumMap<Slot, float[]> buffers = new EnumMap<>(Slot.class);

    /** A buffer of at least {@code size} floats (contents unspecified). */
    public float[] get(Slot slot, int size) {
        float[] b = buffers.get(slot);
        if (b == null || b.length < size) {
            b = new float[size];
            buffers.put(slot, b);
        }
        return b;
    }
}
