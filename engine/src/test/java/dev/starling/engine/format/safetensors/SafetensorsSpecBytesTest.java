package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.starling.engine.format.safetensors.Fixtures.concat;
import static dev.starling.engine.format.safetensors.Fixtures.hex;
import static dev.starling.engine.format.safetensors.Fixtures.le64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer's bytes checked against the specification without the reader under test: exact
 * hand-computed files (the layout the reference implementation produces), and a deliberately
 * naive second parser (byte shifts and a regular expression) over a random file.
 */
class SafetensorsSpecBytesTest {
    @TempDir
    Path dir;

    @Test
    void oneF32TensorMatchesHandComputedBytes() throws IOException {
        String json = "{\"attn0\":{\"dtype\":\"F32\",\"shape\":[1,1,2,3],\"data_offsets\":[0,24]}}";
        assertEquals(65, json.length(), "fixture: 65 JSON bytes need 7 spaces to reach 72");
        byte[] expected = concat(
                hex("48 00 00 00 00 00 00 00"),                        // N = 72, little-endian u64
                json.getBytes(StandardCharsets.US_ASCII), "       ".getBytes(StandardCharsets.US_ASCII),
                hex("00000000 0000803F 00000040 00004040 00008040 0000A040")); // 0..5 as LE float32
        Path file = dir.resolve("attn.safetensors");
        SafetensorsWriter.write(file, Map.of("attn0", Tensor.of(new float[] {0, 1, 2, 3, 4, 5}, 1, 1, 2, 3)), Map.of());
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void metadataComesFirstAndHalfPrecisionIsLittleEndian() throws IOException {
        String json = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"h\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[4,6]}}";
        assertEquals(139, json.length(), "fixture: 139 JSON bytes need 5 spaces to reach 144");
        byte[] expected = concat(hex("90 00 00 00 00 00 00 00"), json.getBytes(StandardCharsets.US_ASCII),
                "     ".getBytes(StandardCharsets.US_ASCII), hex("003C 00C0 803F")); // 1.0h, -2.0h, 1.0bf
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("h", new Tensor(Shape.of(2), new F16Storage(new short[] {0x3c00, (short) 0xc000})));
        tensors.put("b", new Tensor(Shape.of(1), new BF16Storage(new short[] {0x3f80})));
        Path file = dir.resolve("half.safetensors");
        SafetensorsWriter.write(file, tensors, Map.of("format", "pt"));
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void noTensorsIsTheEmptyObjectPaddedToEight() throws IOException {
        Path file = dir.resolve("none.safetensors");
        SafetensorsWriter.write(file, Map.of(), Map.of());
        assertArrayEquals(concat(le64(8), "{}      ".getBytes(StandardCharsets.US_ASCII)), Files.readAllBytes(file));
    }

    @Test
    void naiveParserAgreesWithTheWriter() throws IOException {
        Random r = new Random(99);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int k = 0; k < 9; k++) {
            float[] v = new float[r.nextInt(6)];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) r.nextGaussian() * 100;
            }
            tensors.put("t" + k + "_" + "x".repeat(k), Tensor.of(v, v.length));
        }
        Path file = dir.resolve("naive.safetensors");
        SafetensorsWriter.write(file, tensors, Map.of());
        List<NaiveEntry> parsed = naiveParse(Files.readAllBytes(file));
        assertEquals(List.copyOf(tensors.keySet()), parsed.stream().map(NaiveEntry::name).toList());
        for (NaiveEntry e : parsed) {
            assertEquals("F32", e.dtype());
            assertArrayEquals(tensors.get(e.name()).f32(), e.values(), e.name());
        }
    }

    /** What the naive parser finds for one tensor. */
    record NaiveEntry(String name, String dtype, float[] values) {
    }

    /** Reads F32-only files the way the specification describes them, trusting nothing else. */
    private static List<NaiveEntry> naiveParse(byte[] f) {
        long n = 0;
        for (int k = 0; k < 8; k++) {
            n |= (long) (f[k] & 0xff) << (8 * k);
        }
        assertEquals(0, (8 + n) % 8, "data starts 8-byte aligned");
        String header = new String(f, 8, (int) n, StandardCharsets.UTF_8);
        String json = header.stripTrailing();
        assertTrue(header.substring(json.length()).chars().allMatch(c -> c == ' '), "padding is spaces");
        assertTrue(json.startsWith("{") && json.endsWith("}"), "header is one JSON object");
        Matcher m = Pattern.compile("\"([^\"]+)\":\\{\"dtype\":\"(\\w+)\",\"shape\":\\[(\\d*)],"
                + "\"data_offsets\":\\[(\\d+),(\\d+)]}").matcher(json);
        List<NaiveEntry> out = new ArrayList<>();
        long expectedBegin = 0;
        int base = 8 + (int) n;
        while (m.find()) {
            int begin = Integer.parseInt(m.group(4));
            int end = Integer.parseInt(m.group(5));
            assertEquals(expectedBegin, begin, "offsets are contiguous");
            float[] v = new float[(end - begin) / 4];
            assertEquals(m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3)), v.length, "shape matches bytes");
            for (int k = 0; k < v.length; k++) {
                int at = base + begin + 4 * k;
                v[k] = Float.intBitsToFloat((f[at] & 0xff) | (f[at + 1] & 0xff) << 8
                        | (f[at + 2] & 0xff) << 16 | (f[at + 3] & 0xff) << 24);
            }
            out.add(new NaiveEntry(m.group(1), m.group(2), v));
            expectedBegin = end;
        }
        assertEquals(f.length - base, expectedBegin, "tensors cover the whole data buffer");
        return out;
    }

    @Test
    void readerAcceptsReferenceStyleHeaders() throws IOException {
        // As Python's json.dumps writes it: spaces after separators, keys in any order,
        // "__metadata__" not first, and header order differing from offset order.
        String header = "{\"b\": {\"shape\": [2], \"dtype\": \"BF16\", \"data_offsets\": [8, 12]}, "
                + "\"__metadata__\": {\"format\": \"pt\"}, "
                + "\"a\": {\"data_offsets\": [0, 8], \"dtype\": \"F32\", \"shape\": [2]}}   \n";
        Path file = Fixtures.write(dir, "ref.safetensors",
                Fixtures.file(header, hex("0000803F 000000C0 803F 0040")));
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(List.of("b", "a"), List.copyOf(f.names()));
            assertEquals(Map.of("format", "pt"), f.metadata());
            assertArrayEquals(new float[] {1, -2}, f.tensor("a").f32());
            assertArrayEquals(new short[] {0x3f80, 0x4000}, ((BF16Storage) f.tensor("b").storage()).bits());
        }
    }

    @Test
    void integerBoolAndF64AreWidenedToFloat32() throws IOException {
        String header = "{"
                + "\"i64\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]},"
                + "\"f64\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[16,24]},"
                + "\"u64\":{\"dtype\":\"U64\",\"shape\":[1],\"data_offsets\":[24,32]},"
                + "\"i32\":{\"dtype\":\"I32\",\"shape\":[1],\"data_offsets\":[32,36]},"
                + "\"u32\":{\"dtype\":\"U32\",\"shape\":[1],\"data_offsets\":[36,40]},"
                + "\"i16\":{\"dtype\":\"I16\",\"shape\":[1],\"data_offsets\":[40,42]},"
                + "\"u16\":{\"dtype\":\"U16\",\"shape\":[1],\"data_offsets\":[42,44]},"
                + "\"i8\":{\"dtype\":\"I8\",\"shape\":[2],\"data_offsets\":[44,46]},"
                + "\"u8\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[46,47]},"
                + "\"bool\":{\"dtype\":\"BOOL\",\"shape\":[3],\"data_offsets\":[47,50]}}";
        byte[] data = concat(
                hex("FDFFFFFFFFFFFFFF 0000000000010000"), // -3, 2^40
                hex("9A9999999999B93F"),                  // 0.1 as double
                hex("FFFFFFFFFFFFFFFF"),                  // 2^64 - 1
                hex("F9FFFFFF FFFFFFFF"),                 // -7, 2^32 - 1
                hex("0080 FFFF"),                         // -32768, 65535
                hex("80 7F FF"),                          // -128, 127, 255
                hex("00 01 02"));                         // false, true, true
        Path file = Fixtures.write(dir, "ints.safetensors", Fixtures.file(header, data));
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertArrayEquals(new float[] {-3, 0x1p40f}, f.tensor("i64").f32());
            assertArrayEquals(new float[] {0.1f}, f.tensor("f64").f32());
            assertArrayEquals(new float[] {0x1p64f}, f.tensor("u64").f32());
            assertArrayEquals(new float[] {-7}, f.tensor("i32").f32());
            assertArrayEquals(new float[] {0x1p32f}, f.tensor("u32").f32());
            assertArrayEquals(new float[] {-32768}, f.tensor("i16").f32());
            assertArrayEquals(new float[] {65535}, f.tensor("u16").f32());
            assertArrayEquals(new float[] {-128, 127}, f.tensor("i8").f32());
            assertArrayEquals(new float[] {255}, f.tensor("u8").f32());
            assertArrayEquals(new float[] {0, 1, 1}, f.tensor("bool").f32());
        }
    }
}
