package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that the tensors' byte ranges agree with dtype × shape and tile the data buffer exactly:
 * sorted by offset, each starts where the previous ended, the first at 0, the last at the end.
 * The specification demands full coverage so that no unaccounted bytes can hide in a file.
 */
final class LayoutCheck {
    private LayoutCheck() {
    }

    static void validate(Path file, List<TensorEntry> entries, long dataLength) {
        for (TensorEntry e : entries) {
            checkRange(file, e, dataLength);
        }
        List<TensorEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(TensorEntry::begin).thenComparingLong(TensorEntry::end));
        long expected = 0;
        TensorEntry previous = null;
        for (TensorEntry e : sorted) {
            if (e.begin() < expected) {
                throw new WeightFormatException(file, "tensor '" + e.name() + "' at bytes " + range(e)
                        + " overlaps tensor '" + previous.name() + "' at " + range(previous));
            }
            if (e.begin() > expected) {
                throw new WeightFormatException(file, (e.begin() - expected) + " bytes before tensor '"
                        + e.name() + "' (at " + range(e) + ") belong to no tensor");
            }
            expected = e.end();
            previous = e;
        }
        if (expected != dataLength) {
            throw new WeightFormatException(file, "the data buffer is " + dataLength
                    + " bytes but the tensors cover only " + expected + " (trailing bytes)");
        }
    }

    private static void checkRange(Path file, TensorEntry e, long dataLength) {
        if (e.end() < e.begin()) {
            throw new WeightFormatException(file, "tensor '" + e.name() + "' has reversed data_offsets "
                    + range(e));
        }
        long expected = e.expectedBytes();
        if (expected < 0) {
            throw new WeightFormatException(file, "tensor '" + e.name() + "' of shape "
                    + Arrays.toString(e.shape()) + " is too large to address (size overflows)");
        }
        if (e.end() - e.begin() != expected) {
            throw new WeightFormatException(file, "tensor '" + e.name() + "' is " + e.dtype() + " of shape "
                    + Arrays.toString(e.shape()) + " = " + expected + " bytes, but its data_offsets "
                    + range(e) + " span " + (e.end() - e.begin()));
        }
        if (e.end() > dataLength) {
            throw new WeightFormatException(file, "tensor '" + e.name() + "' at bytes " + range(e)
                    + " runs past the end of the " + dataLength + "-byte data buffer (truncated?)");
        }
    }

    private static String range(TensorEntry e) {
        return "[" + e.begin() + ", " + e.end() + "]";
    }
}
