package dev.starling.engine.format.gguf;

import dev.starling.engine.format.FormatFuzzer;
import dev.starling.engine.format.FormatFuzzer.Mutant;
import dev.starling.engine.format.WeightFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed GGUF files give a {@link WeightFormatException} naming the file, never anything else. */
class GgufFuzzTest {
    @TempDir
    Path dir;

    static void readAll(Path file) throws IOException {
        try (GgufFile g = GgufFile.open(file)) {
            GgufMetadata m = g.metadata();
            for (String k : m.keys()) {
                m.value(k).orElseThrow().toString();
            }
            m.optStringArray("a.str");
            m.optIntArray("a.i32");
            m.optFloatArray("a.f32");
            for (GgufTensorInfo t : g.tensors()) {
                g.tensor(t.name()).toF32();
                g.rawBytes(t.name());
            }
        }
    }

    private byte[] valid() throws IOException {
        Path f = GgufRoundTripTest.write(dir.resolve("valid.gguf"), GgufRoundTripTest.everyValueType(),
                GgufRoundTripTest.everyTensorType(5));
        return Files.readAllBytes(f);
    }

    @Test
    void mutantsFailCleanly() throws IOException {
        byte[] valid = valid();
        Path ok = dir.resolve("ok.gguf");
        Files.write(ok, valid);
        readAll(ok);
        long dataStart;
        try (GgufFile g = GgufFile.open(ok)) {
            dataStart = g.dataStart();
        }
        List<Mutant> mutants = new ArrayList<>(FormatFuzzer.mutants(valid, (int) dataStart, 20261129L, 1500));
        mutants.add(FormatFuzzer.custom("wrong magic", valid, b -> { b[0] = 'g'; return b; }));
        mutants.add(FormatFuzzer.custom("version 1", valid, b -> { b[4] = 1; return b; }));
        mutants.add(FormatFuzzer.custom("version 4", valid, b -> { b[4] = 4; return b; }));
        mutants.add(FormatFuzzer.custom("big-endian version", valid, b -> { b[4] = 0; b[7] = 3; return b; }));
        int rejected = FormatFuzzer.run(dir, mutants, GgufFuzzTest::readAll);
        System.out.printf("GGUF fuzz: %d mutants, %d rejected, %d still readable%n",
                mutants.size(), rejected, mutants.size() - rejected);
        assertTrue(mutants.size() > 3000, "a few thousand cases");
        assertTrue(rejected > mutants.size() / 2, "most mutants are rejected: " + rejected);
    }

    /** Hand-made headers: a count of 2^62 strings, a string as long as the universe, a tensor past EOF. */
    @Test
    void absurdCountsAndOffsetsAreNamed() throws IOException {
        assertRejected(header(0, 1L << 62), "metadata count");
        ByteBuffer b = start(0, 1);
        b.putLong(1L << 62); // key length
        assertRejected(b, "length");
        b = start(0, 1);
        putString(b, "k");
        b.putInt(GgufValueType.ARRAY.id()).putInt(GgufValueType.STRING.id()).putLong(1L << 62);
        assertRejected(b, "length of array 'k'");
        b = start(1, 0);
        putString(b, "w");
        b.putInt(1).putLong(32).putInt(GgmlType.F32.id()).putLong(1L << 40);
        assertRejected(b, "runs past the end of the file");
        b = start(1, 0);
        putString(b, "w");
        b.putInt(1).putLong(32).putInt(GgmlType.Q8_0.id()).putLong(3);
        assertRejected(b, "not a multiple of the alignment");
        b = start(1, 0);
        putString(b, "w");
        b.putInt(1).putLong(33).putInt(GgmlType.Q8_0.id()).putLong(0);
        assertRejected(b, "block size");
        b = start(1, 0);
        putString(b, "w");
        b.putInt(2).putLong(1L << 40).putLong(1L << 40).putInt(GgmlType.F32.id()).putLong(0);
        assertRejected(b, "impossible dimension");
    }

    @Test
    void notGgufAtAll() throws IOException {
        Path f = dir.resolve("x.gguf");
        Files.write(f, "{\"hello\": 1}".getBytes());
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> GgufFile.open(f));
        assertTrue(e.getMessage().contains("not a GGUF file"), e.getMessage());
        Files.write(f, new byte[0]);
        assertThrows(WeightFormatException.class, () -> GgufFile.open(f));
    }

    private static ByteBuffer start(long tensors, long kvs) {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(GgufHeader.MAGIC).putInt(3).putLong(tensors).putLong(kvs);
        return b;
    }

    private static ByteBuffer header(long tensors, long kvs) {
        return start(tensors, kvs);
    }

    private static void putString(ByteBuffer b, String s) {
        b.putLong(s.length()).put(s.getBytes());
    }

    private void assertRejected(ByteBuffer b, String expected) throws IOException {
        byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position() + 64); // some slack after the header
        Path f = dir.resolve("hand.gguf");
        Files.write(f, bytes);
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> readAll(f));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
