package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormat;
import dev.starling.engine.format.WeightFormatConformanceTest;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GGUF through the shared weight-format suite, with cuts inside its own structures. */
class GgufFormatTest extends WeightFormatConformanceTest {
    @Override
    protected WeightFormat format() {
        return new GgufFormat();
    }

    @Override
    protected Path writeSample(Path dir, Map<String, Tensor> tensors) throws IOException {
        Path file = dir.resolve("sample.gguf");
        GgufWriter w = new GgufWriter().put("general.architecture", GgufValue.string("test"));
        tensors.forEach(w::tensor);
        w.write(file);
        return file;
    }

    /** Adds half precision, both block types and a zero-size tensor (GGUF has no rank-0 tensors). */
    @Override
    protected Map<String, Tensor> sampleTensors() {
        Map<String, Tensor> t = super.sampleTensors();
        t.put("half", new Tensor(Shape.of(2, 2), new F16Storage(new short[] {0x3c00, (short) 0xc000, 0x0001, 0x7bff})));
        t.put("brain", new Tensor(Shape.of(3), new BF16Storage(new short[] {0x3f80, (short) 0x8000, 0x7f7f})));
        float[] ramp = ramp(64, 0.125f);
        t.put("q8", new Tensor(Shape.of(2, 32), Q8_0Storage.quantize(ramp)));
        t.put("q4", new Tensor(Shape.of(2, 32), Q4_0Storage.quantize(ramp)));
        t.put("empty", Tensor.of(new float[0], 3, 0));
        t.put("last", Tensor.of(new float[] {1, 2, 3, 4}, 4));
        return t;
    }

    /** Inside the magic, the version, the counts, the metadata, the tensor infos and the data. */
    @Override
    protected List<Long> truncationPoints(Path sample) throws IOException {
        long size = Files.size(sample);
        long dataStart;
        try (GgufFile g = GgufFile.open(sample)) {
            dataStart = g.dataStart();
        }
        List<Long> points = new ArrayList<>(super.truncationPoints(sample));
        points.addAll(List.of(3L, 6L, 12L, 20L, 30L, dataStart / 2, dataStart - 1, dataStart, dataStart + 1, size - 17));
        return points;
    }
}
