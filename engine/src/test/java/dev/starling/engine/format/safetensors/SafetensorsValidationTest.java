package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.starling.engine.format.safetensors.Fixtures.concat;
import static dev.starling.engine.format.safetensors.Fixtures.le64;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a header can lie fails at open with the file's name and the specific problem. */
class SafetensorsValidationTest {
    @TempDir
    Path dir;

    private static String t(String name, String dtype, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape
                + ",\"data_offsets\":[" + begin + "," + end + "]}";
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of("not JSON", "{\"a\":", 0, "not valid JSON"),
                Arguments.of("array header", "[1, 2]", 0, "does not start with '{'"),
                Arguments.of("leading space", " {}", 0, "does not start with '{'"),
                Arguments.of("metadata not object", "{\"__metadata__\":[1]}", 0, "\"__metadata__\" is not a JSON object"),
                Arguments.of("metadata number", "{\"__metadata__\":{\"n\":1}}", 0, "value of 'n' is not a string"),
                Arguments.of("entry not object", "{\"a\":3}", 0, "entry of tensor 'a' is not a JSON object"),
                Arguments.of("missing dtype", "{\"a\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4, "has no \"dtype\""),
                Arguments.of("missing offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4, "has no \"data_offsets\""),
                Arguments.of("unknown dtype", "{" + t("a", "F7", "[1]", 0, 4) + "}", 4, "unknown dtype 'F7'"),
                Arguments.of("negative dim", "{" + t("a", "F32", "[-1]", 0, 4) + "}", 4, "not a non-negative"),
                Arguments.of("fractional dim", "{" + t("a", "F32", "[1.5]", 0, 4) + "}", 4, "not a non-negative"),
                Arguments.of("shape not array", "{\"a\":{\"dtype\":\"F32\",\"shape\":4,\"data_offsets\":[0,4]}}", 4,
                        "\"shape\" is not an array"),
                Arguments.of("three offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}}", 8,
                        "array of 2 integers"),
                Arguments.of("reversed", "{" + t("a", "F32", "[0]", 4, 0) + "}", 4, "reversed data_offsets"),
                Arguments.of("size mismatch", "{" + t("a", "F32", "[2]", 0, 4) + "}", 4, "= 8 bytes, but its data_offsets"),
                Arguments.of("past the end", "{" + t("a", "F32", "[2]", 0, 8) + "}", 4, "runs past the end"),
                Arguments.of("overlap", "{" + t("a", "F32", "[2]", 0, 8) + "," + t("b", "F32", "[1]", 4, 8) + "}", 8,
                        "overlaps tensor"),
                Arguments.of("gap", "{" + t("a", "F32", "[1]", 4, 8) + "}", 8, "4 bytes before tensor 'a'"),
                Arguments.of("trailing bytes", "{" + t("a", "F32", "[1]", 0, 4) + "}", 12, "cover only 4"),
                Arguments.of("overflowing shape", "{" + t("a", "F32", "[4294967296,4294967296]", 0, 4) + "}", 4,
                        "too large to address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHeaders")
    void badHeaderFailsAtOpen(String label, String header, int dataBytes, String problem) throws IOException {
        Path file = Fixtures.write(dir, "bad.safetensors", Fixtures.file(header, new byte[dataBytes]));
        assertFails(file, problem);
    }

    @Test
    void headerLengthBeyondTheFile() throws IOException {
        assertFails(Fixtures.write(dir, "long.safetensors", concat(le64(100), "{}".getBytes())), "runs past the end");
    }

    @Test
    void absurdHeaderLengths() throws IOException {
        assertFails(Fixtures.write(dir, "huge.safetensors", concat(le64(200_000_000), "{}".getBytes())), "exceeds");
        assertFails(Fixtures.write(dir, "neg.safetensors", concat(le64(-8), "{}".getBytes())), "18446744073709551608");
    }

    @Test
    void shortFile() throws IOException {
        assertFails(Fixtures.write(dir, "short.safetensors", new byte[] {2, 0, 0}), "too short");
    }

    @Test
    void headerThatIsNotUtf8() throws IOException {
        byte[] bytes = concat(le64(4), new byte[] {'{', '"', (byte) 0xC3, '}'});
        assertFails(Fixtures.write(dir, "latin1.safetensors", bytes), "not valid UTF-8");
    }

    @Test
    void knownButUndecodableDtypeFailsOnRead() throws IOException {
        Path file = Fixtures.write(dir, "fp8.safetensors",
                Fixtures.file("{" + t("a", "F8_E4M3", "[2]", 0, 2) + "}", new byte[2]));
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> f.tensor("a"));
            assertTrue(e.getMessage().contains("fp8.safetensors") && e.getMessage().contains("F8_E4M3"), e.getMessage());
        }
    }

    @Test
    void closedFileRefusesReads() throws IOException {
        Path file = Fixtures.write(dir, "c.safetensors", Fixtures.file("{" + t("a", "F32", "[1]", 0, 4) + "}", new byte[4]));
        WeightFile f = new SafetensorsFormat().open(file);
        f.close();
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> f.tensor("a"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    private static void assertFails(Path file, String problem) {
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> new SafetensorsFormat().open(file).close());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "says '" + problem + "': " + e.getMessage());
    }
}
