package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated safetensors header. {@link #read} rejects anything the specification does
 * not allow before a single tensor byte is touched, so later reads can trust the offsets.
 */
final class SafetensorsHeader {
    /** The reference implementation refuses headers over 100 MB; a larger length means a corrupt file. */
    static final long MAX_HEADER_BYTES = 100_000_000L;
    static final String METADATA_KEY = "__metadata__";

    private final long dataStart;
    private final Map<String, TensorEntry> entries;
    private final Map<String, String> metadata;

    private SafetensorsHeader(long dataStart, Map<String, TensorEntry> entries, Map<String, String> metadata) {
        this.dataStart = dataStart;
        this.entries = Collections.unmodifiableMap(entries);
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** File offset of the data buffer: 8 + N. */
    long dataStart() {
        return dataStart;
    }

    /** Entries in header order. */
    Map<String, TensorEntry> entries() {
        return entries;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    /** Reads and validates the header of {@code file}, whose open channel is {@code ch}. */
    static SafetensorsHeader read(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < 8) {
            throw new WeightFormatException(file, "file is " + size
                    + " bytes, too short for the 8-byte header length (truncated?)");
        }
        long n = readFully(ch, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (n < 0 || n > MAX_HEADER_BYTES) {
            throw new WeightFormatException(file, "header length " + Long.toUnsignedString(n)
                    + " exceeds the " + MAX_HEADER_BYTES + "-byte limit (not a safetensors file?)");
        }
        if (8 + n > size) {
            throw new WeightFormatException(file, "header length " + n + " runs past the end of the "
                    + size + "-byte file (truncated?)");
        }
        String json = decodeUtf8(file, readFully(ch, 8, (int) n));
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, TensorEntry> entries = parse(file, json, metadata);
        LayoutCheck.validate(file, List.copyOf(entries.values()), size - 8 - n);
        return new SafetensorsHeader(8 + n, entries, metadata);
    }

    private static ByteBuffer readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new EOFException("file shrank while its header was read");
            }
        }
        return buf.flip();
    }

    private static String decodeUtf8(Path file, ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new WeightFormatException(file, "header is not valid UTF-8", e);
        }
    }

    private static Map<String, TensorEntry> parse(Path file, String json, Map<String, String> metadata) {
        // The reference implementation requires the JSON to open at the first byte; padding may only trail.
        if (json.isEmpty() || json.charAt(0) != '{') {
            throw new WeightFormatException(file, "header does not start with '{' (not a safetensors file?)");
        }
        Map<String, Object> root;
        try {
            root = Json.parseObject(json);
        } catch (JsonException e) {
            throw new WeightFormatException(file, "header is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, TensorEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : root.entrySet()) {
            if (e.getKey().equals(METADATA_KEY)) {
                metadata.putAll(HeaderFields.metadata(file, e.getValue()));
            } else {
                entries.put(e.getKey(), HeaderFields.entry(file, e.getKey(), e.getValue()));
            }
        }
        return entries;
    }
}
