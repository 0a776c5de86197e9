package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.FormatFuzzer;
import dev.starling.engine.format.FormatFuzzer.Mutant;
import dev.starling.engine.format.WeightFile;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.I8Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed safetensors files (and sharded indexes) give a WeightFormatException naming the file,
 * never another exception or an out-of-memory error: generic byte mutants plus JSON-aware ones that
 * put absurd numbers into the shape and offset fields while keeping the header length consistent.
 */
class SafetensorsFuzzTest {
    private static final String[] ABSURD = {"18446744073709551615", "9223372036854775807", "4611686018427387904",
        "-1", "99999999999999999999999", "1e309", "0", "2147483648", "1.5"};

    @TempDir
    Path dir;

    static void readAll(Path file) throws IOException {
        try (WeightFile w = new SafetensorsFormat().open(file)) {
            w.metadata().size();
            for (String name : w.names()) {
                w.tensor(name).toF32();
            }
        }
    }

    private byte[] valid() throws IOException {
        Random r = new Random(11);
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("f32", Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        t.put("f16", new Tensor(Shape.of(4), new F16Storage(new short[] {1, 2, 3, 4})));
        t.put("bf16", new Tensor(Shape.of(2, 2), new BF16Storage(new short[] {5, 6, 7, 8})));
        float[] q = new float[64];
        for (int k = 0; k < q.length; k++) {
            q[k] = (float) r.nextGaussian();
        }
        t.put("i8", new Tensor(Shape.of(2, 32), I8Storage.quantize(q, 32)));
        Path f = dir.resolve("valid.safetensors");
        SafetensorsWriter.write(f, t, Map.of("format", "pt"));
        return Files.readAllBytes(f);
    }

    @Test
    void mutantsFailCleanly() throws IOException {
        byte[] valid = valid();
        Path ok = dir.resolve("ok.safetensors");
        Files.write(ok, valid);
        readAll(ok);
        int headerEnd = 8 + (int) ByteBuffer.wrap(valid).order(ByteOrder.LITTLE_ENDIAN).getLong();
        List<Mutant> mutants = new ArrayList<>(FormatFuzzer.mutants(valid, headerEnd, 20261129L, 1500));
        mutants.addAll(jsonNumberMutants(valid, headerEnd, new Random(29)));
        int rejected = FormatFuzzer.run(dir, mutants, SafetensorsFuzzTest::readAll);
        System.out.printf("safetensors fuzz: %d mutants, %d rejected%n", mutants.size(), rejected);
        assertTrue(mutants.size() > 3000, "a few thousand cases");
        assertTrue(rejected > mutants.size() / 2, "most mutants are rejected: " + rejected);
    }

    /** Every number in the JSON header replaced by each absurd value, header length re-framed. */
    static List<Mutant> jsonNumberMutants(byte[] valid, int headerEnd, Random r) {
        String json = new String(valid, 8, headerEnd - 8, StandardCharsets.UTF_8);
        byte[] data = java.util.Arrays.copyOfRange(valid, headerEnd, valid.length);
        List<Mutant> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(json);
        while (m.find()) {
            for (String absurd : ABSURD) {
                String mutated = json.substring(0, m.start()) + absurd + json.substring(m.end());
                out.add(new Mutant("number at " + m.start() + " → " + absurd, Fixtures.file(mutated, data)));
            }
        }
        return out;
    }

    /** An index whose weight_map names missing shards, itself, or absurd paths. */
    @Test
    void brokenIndexesFailCleanly() throws IOException {
        byte[] shard = valid();
        Files.write(dir.resolve("model-00001-of-00001.safetensors"), shard);
        String[] indexes = {
            "", "{", "[]", "{\"weight_map\": 5}", "{\"weight_map\": {\"f32\": 7}}",
            "{\"weight_map\": {\"f32\": \"missing.safetensors\"}}",
            "{\"weight_map\": {\"f32\": \"model.safetensors.index.json\"}}",
            "{\"weight_map\": {\"f32\": \"../../../../etc/passwd\"}}",
            "{\"weight_map\": {\"nope\": \"model-00001-of-00001.safetensors\"}}",
            "{\"weight_map\": {\"f32\": \"model-00001-of-00001.safetensors\"}, \"metadata\": {\"total_size\": 1e999}}",
        };
        int rejected = 0;
        for (String text : indexes) {
            Path index = dir.resolve(SafetensorsIndex.DEFAULT_NAME);
            Files.writeString(index, text);
            try (SafetensorsIndex idx = SafetensorsIndex.open(index)) {
                for (String name : idx.names()) {
                    idx.tensor(name).toF32();
                }
            } catch (dev.starling.engine.format.WeightFormatException expected) {
                rejected++;
            }
        }
        assertTrue(rejected >= indexes.length - 1, "only the metadata-only oddity may be accepted: " + rejected);
    }
}
