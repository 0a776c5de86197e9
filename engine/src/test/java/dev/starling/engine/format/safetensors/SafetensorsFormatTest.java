package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormat;
import dev.starling.engine.format.WeightFormatConformanceTest;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Safetensors through the shared weight-format suite, with cuts inside its own structures. */
class SafetensorsFormatTest extends WeightFormatConformanceTest {
    @Override
    protected WeightFormat format() {
        return new SafetensorsFormat();
    }

    @Override
    protected Path writeSample(Path dir, Map<String, Tensor> tensors) throws IOException {
        Path file = dir.resolve("sample.safetensors");
        SafetensorsWriter.write(file, tensors, Map.of("format", "pt"));
        return file;
    }

    /** Adds the half-precision types and the edge shapes: a scalar and a zero-size tensor. */
    @Override
    protected Map<String, Tensor> sampleTensors() {
        Map<String, Tensor> t = super.sampleTensors();
        t.put("half", new Tensor(Shape.of(2, 2), new F16Storage(new short[] {0x3c00, (short) 0xc000, 0x0001, 0x7bff})));
        t.put("brain", new Tensor(Shape.of(3), new BF16Storage(new short[] {0x3f80, (short) 0x8000, 0x7f7f})));
        t.put("scalar", Tensor.of(new float[] {42.5f}));
        t.put("empty", Tensor.of(new float[0], 3, 0));
        t.put("last", Tensor.of(new float[] {1, 2, 3, 4}, 4));
        return t;
    }

    /** Inside the length field, just after it, inside the header, at its end, and inside the data. */
    @Override
    protected List<Long> truncationPoints(Path sample) throws IOException {
        byte[] b = Files.readAllBytes(sample);
        long n = ByteBuffer.wrap(b, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        List<Long> points = new ArrayList<>(super.truncationPoints(sample));
        points.addAll(List.of(7L, 8L, 9L, 8 + n / 2, 8 + n - 1, 8 + n, 8 + n + 1, b.length - 4L));
        return points;
    }
}
