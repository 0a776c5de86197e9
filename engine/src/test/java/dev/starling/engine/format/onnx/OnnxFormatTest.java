package dev.starling.engine.format.onnx;

import dev.starling.engine.format.WeightFormat;
import dev.starling.engine.format.WeightFormatConformanceTest;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** ONNX initializers through the shared weight-format suite. */
class OnnxFormatTest extends WeightFormatConformanceTest {
    @Override
    protected WeightFormat format() {
        return new OnnxFormat();
    }

    @Override
    protected Path writeSample(Path dir, Map<String, Tensor> tensors) throws IOException {
        return OnnxTestWriter.write(dir.resolve("sample.onnx"), tensors);
    }
}
