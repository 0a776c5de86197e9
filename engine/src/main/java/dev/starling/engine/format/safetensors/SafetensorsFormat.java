package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormat;

import java.io.IOException;
import java.nio.file.Path;

/** Safetensors as a {@link WeightFormat}; registered through ServiceLoader. */
public final class SafetensorsFormat implements WeightFormat {
    @Override
    public String name() {
        return "safetensors";
    }

    /**
     * Safetensors has no magic number. A file starts with a little-endian header length in the
     * range the reference implementation accepts, then a JSON object whose first key (or closing
     * brace) follows the '{', possibly after whitespace. Random bytes almost never pass the length
     * test (its top bytes must be zero), and JSON files such as config.json fail it entirely.
     */
    @Override
    public boolean sniff(byte[] head) {
        if (head.length < 9) {
            return false;
        }
        long n = 0;
        for (int k = 7; k >= 0; k--) {
            n = (n << 8) | (head[k] & 0xff);
        }
        if (n < 2 || n > SafetensorsHeader.MAX_HEADER_BYTES || head[8] != '{') {
            return false;
        }
        for (int k = 9; k < head.length && k < 8 + n; k++) {
            byte b = head[k];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '"' || b == '}';
            }
        }
        return true;
    }

    /** Opens and validates the whole header; tensor bytes are mapped when asked for. */
    @Override
    public WeightFile open(Path file) throws IOException {
        return SafetensorsFile.open(file);
    }
}
