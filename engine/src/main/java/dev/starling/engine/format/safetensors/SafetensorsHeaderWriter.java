package dev.starling.engine.format.safetensors;

import dev.starling.engine.json.JsonWriter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the header bytes: JSON with {@code __metadata__} first, then each part, padded to 8 bytes. */
final class SafetensorsHeaderWriter {
    private SafetensorsHeaderWriter() {
    }

    static byte[] header(List<SafetensorsWriter.Part> parts, Map<String, String> metadata) {
        Map<String, Object> root = new LinkedHashMap<>();
        // The reference writer omits "__metadata__" when there is none; readers treat both alike.
        if (!metadata.isEmpty()) {
            root.put(SafetensorsHeader.METADATA_KEY, metadata);
        }
        long offset = 0;
        for (SafetensorsWriter.Part p : parts) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", p.dtype());
            info.put("shape", p.shape());
            info.put("data_offsets", new long[] {offset, offset + p.bytes()});
            root.put(p.name(), info);
            offset += p.bytes();
        }
        byte[] json = JsonWriter.write(root).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        if (padded > SafetensorsHeader.MAX_HEADER_BYTES) {
            throw new IllegalArgumentException("header of " + padded + " bytes exceeds the "
                    + SafetensorsHeader.MAX_HEADER_BYTES + "-byte limit readers enforce");
        }
        byte[] out = Arrays.copyOf(json, padded);
        Arrays.fill(out, json.length, padded, (byte) ' ');
        return out;
    }
}
