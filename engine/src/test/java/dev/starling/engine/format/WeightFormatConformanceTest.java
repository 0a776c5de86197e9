package dev.starling.engine.format;

import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The suite every {@link WeightFormat} must pass (after Lucene's {@code Base…FormatTestCase}): a
 * format's test subclasses this and says how to produce a sample file; everything about sniffing,
 * names, exact values, truncation and garbage is checked the same way for all formats.
 */
public abstract class WeightFormatConformanceTest {
    @TempDir
    protected Path dir;

    /** The format under test (a fresh instance, as ServiceLoader would make). */
    protected abstract WeightFormat format();

    /**
     * Writes {@code tensors} into a new file under {@code dir} and returns it. A format without a
     * writer copies a fixture here and overrides {@link #sampleTensors()} to return its contents.
     */
    protected abstract Path writeSample(Path dir, Map<String, Tensor> tensors) throws IOException;

    /**
     * The tensors the sample holds, in file order. The default covers ranks 1–3, negative zero,
     * a subnormal and extremes, all float32; formats add the dtypes they store.
     */
    protected Map<String, Tensor> sampleTensors() {
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("embeddings.word.weight", Tensor.of(ramp(12, 0.25f), 4, 3));
        t.put("encoder.layer.0.bias", Tensor.of(new float[] {-0.0f, 1e-40f, Float.MAX_VALUE, -Float.MIN_VALUE, 3.5f}, 5));
        t.put("a.cube", Tensor.of(ramp(8, -1.5f), 2, 2, 2));
        return t;
    }

    /**
     * Lengths to cut the sample to; each cut file must fail with a {@link WeightFormatException}.
     * Formats add offsets inside their own structures (length fields, headers, data).
     */
    protected List<Long> truncationPoints(Path sample) throws IOException {
        long size = Files.size(sample);
        return List.of(0L, 1L, 4L, size / 4, size / 2, size - 1);
    }

    // ---- the suite --------------------------------------------------------------------------

    @Test
    void formatIsRegistered() {
        assertTrue(WeightFormats.all().stream().anyMatch(f -> f.getClass() == format().getClass()),
                format().getClass() + " is not listed in META-INF/services");
        assertEquals(format().name().toLowerCase(Locale.ROOT), format().name());
    }

    @Test
    void sniffAcceptsItsOwnFiles() throws IOException {
        assertTrue(format().sniff(head(sample())), "sniff rejected a file this format wrote");
    }

    @Test
    void sniffRejectsRandomAndForeignBytes() {
        Random r = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            byte[] b = new byte[trial % 65];
            r.nextBytes(b);
            assertFalse(format().sniff(b), () -> "sniff accepted random bytes " + Arrays.toString(b));
        }
        assertFalse(format().sniff(new byte[64]), "sniff accepted 64 zero bytes");
        assertFalse(format().sniff(new byte[0]), "sniff accepted an empty head");
        assertFalse(format().sniff("{\"architectures\": [\"BertModel\"], \"hidden_size\": 384}".getBytes()),
                "sniff accepted a JSON config file");
        assertFalse(format().sniff("plain text, not weights at all\n".repeat(3).getBytes()),
                "sniff accepted text");
    }

    @Test
    void registryOpensBySniffingAndNoOtherFormatClaimsTheFile() throws IOException {
        Path sample = sample();
        byte[] head = head(sample);
        List<String> claimants = WeightFormats.all().stream().filter(f -> f.sniff(head))
                .map(WeightFormat::name).toList();
        assertEquals(List.of(format().name()), claimants, "formats whose sniff accepts the sample");
        try (WeightFile f = WeightFormats.open(sample)) {
            assertEquals(List.copyOf(sampleTensors().keySet()), List.copyOf(f.names()));
            assertExact(sampleTensors(), f);
        }
    }

    @Test
    void namesAreInFileOrder() throws IOException {
        try (WeightFile f = format().open(sample())) {
            assertEquals(List.copyOf(sampleTensors().keySet()), List.copyOf(f.names()));
        }
    }

    @Test
    void shapesAndValuesAreExact() throws IOException {
        Path sample = sample();
        try (WeightFile f = format().open(sample)) {
            assertEquals(sample, f.path());
            assertExact(sampleTensors(), f);
        }
    }

    @Test
    void tensorsOutliveClose() throws IOException {
        Map<String, Tensor> expected = sampleTensors();
        String first = expected.keySet().iterator().next();
        Tensor t;
        try (WeightFile f = format().open(sample())) {
            t = f.tensor(first);
        }
        assertBitsEqual(first, expected.get(first), t);
    }

    @Test
    void unknownTensorNameFailsNamingTheFile() throws IOException {
        Path sample = sample();
        try (WeightFile f = format().open(sample)) {
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> f.tensor("no.such.tensor"));
            assertNamesFile(sample, e);
        }
    }

    @Test
    void truncatedFilesFailNamingTheFile() throws IOException {
        Path sample = sample();
        byte[] bytes = Files.readAllBytes(sample);
        for (long cut : new TreeSet<>(truncationPoints(sample))) {
            if (cut < 0 || cut >= bytes.length) {
                fail("truncation point " + cut + " outside the " + bytes.length + "-byte sample");
            }
            Path cutFile = dir.resolve("cut-" + cut + "-" + sample.getFileName());
            Files.write(cutFile, Arrays.copyOf(bytes, (int) cut));
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> openAndReadAll(cutFile),
                    "sample cut to " + cut + " of " + bytes.length + " bytes");
            assertNamesFile(cutFile, e);
        }
    }

    @Test
    void garbageFilesFailNamingTheFile() throws IOException {
        Random r = new Random(7);
        for (int size : new int[] {0, 3, 64, 4096}) {
            byte[] b = new byte[size];
            r.nextBytes(b);
            Path garbage = dir.resolve("garbage-" + size + ".bin");
            Files.write(garbage, b);
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> openAndReadAll(garbage),
                    size + " random bytes");
            assertNamesFile(garbage, e);
            assertNamesFile(garbage, assertThrows(WeightFormatException.class, () -> WeightFormats.open(garbage)));
        }
    }

    // ---- helpers for subclasses ---------------------------------------------------------------

    /** Writes the standard sample into {@link #dir}. */
    protected Path sample() throws IOException {
        return writeSample(dir, sampleTensors());
    }

    /** Opens {@code file} with the format under test and reads every tensor. */
    protected void openAndReadAll(Path file) throws IOException {
        try (WeightFile f = format().open(file)) {
            for (String name : f.names()) {
                f.tensor(name);
            }
        }
    }

    protected static void assertNamesFile(Path file, Exception e) {
        assertTrue(e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()),
                () -> "message does not name " + file.getFileName() + ": " + e.getMessage());
    }

    protected static void assertExact(Map<String, Tensor> expected, WeightFile f) {
        for (Map.Entry<String, Tensor> e : expected.entrySet()) {
            assertBitsEqual(e.getKey(), e.getValue(), f.tensor(e.getKey()));
        }
    }

    /** Same shape and the same float bits element by element (so -0.0 ≠ 0.0). */
    protected static void assertBitsEqual(String name, Tensor expected, Tensor actual) {
        assertEquals(expected.shape(), actual.shape(), name + " shape");
        List<Integer> want = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        for (long k = 0; k < expected.size(); k++) {
            want.add(Float.floatToRawIntBits(expected.storage().getFloat(k)));
            got.add(Float.floatToRawIntBits(actual.storage().getFloat(k)));
        }
        assertArrayEquals(want.toArray(), got.toArray(), name + " values (as float bits)");
    }

    protected static byte[] head(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOf(all, Math.min(64, all.length));
    }

    protected static float[] ramp(int n, float step) {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
            a[k] = (k - n / 2) * step;
        }
        return a;
    }
}
