package dev.starling.engine.format.onnx;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormat;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** ONNX as a {@link WeightFormat}: the graph's initializers under their stored names. */
public final class OnnxFormat implements WeightFormat {
    @Override
    public String name() {
        return "onnx";
    }

    /**
     * ONNX files have no magic number; a ModelProto written by any exporter starts with
     * {@code ir_version} (field 1, varint: byte 0x08) followed by a small version and another field key.
     */
    @Override
    public boolean sniff(byte[] head) {
        if (head.length < 3 || head[0] != 0x08 || head[1] < 1 || head[1] > 30) {
            return false;
        }
        int nextField = (head[2] & 0xff) >>> 3;
        int wire = head[2] & 7;
        return nextField >= 2 && nextField <= 20 && (wire == 0 || wire == 2);
    }

    @Override
    public WeightFile open(Path file) throws IOException {
        OnnxModel model = OnnxModel.read(file);
        return new WeightFile() {
            @Override
            public Path path() {
                return file;
            }

            @Override
            public Set<String> names() {
                return model.initializerNames();
            }

            @Override
            public Tensor tensor(String name) {
                return model.initializer(name);
            }

            @Override
            public Map<String, String> metadata() {
                return Map.of("producer", model.producer(), "ir_version", Long.toString(model.irVersion()));
            }

            @Override
            public void close() {
            }
        };
    }
}
