package dev.starling.engine.format.onnx;

import dev.starling.engine.tensor.Tensor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes minimal ONNX files for tests, protobuf encoded by hand from onnx.proto3's field numbers
 * (independently of the reader): ModelProto{ir_version, producer_name, graph{initializer*}}.
 */
final class OnnxTestWriter {
    private OnnxTestWriter() {
    }

    static Path write(Path file, Map<String, Tensor> tensors) throws IOException {
        ByteArrayOutputStream graph = new ByteArrayOutputStream();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            lenField(graph, 5, tensorProto(e.getKey(), e.getValue()));
        }
        lenField(graph, 2, "test-graph".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        varintField(model, 1, 8);                                        // ir_version
        lenField(model, 2, "starling-test".getBytes(StandardCharsets.UTF_8)); // producer_name
        lenField(model, 7, graph.toByteArray());                         // graph
        Files.write(file, model.toByteArray());
        return file;
    }

    private static byte[] tensorProto(String name, Tensor t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream dims = new ByteArrayOutputStream();
        for (int d : t.shape().dims()) {
            varint(dims, d);
        }
        if (t.rank() > 0) {
            lenField(out, 1, dims.toByteArray());                        // dims, packed
        }
        varintField(out, 2, 1);                                          // data_type FLOAT
        lenField(out, 8, name.getBytes(StandardCharsets.UTF_8));         // name
        ByteBuffer raw = ByteBuffer.allocate((int) (4 * t.size())).order(ByteOrder.LITTLE_ENDIAN);
        for (long i = 0; i < t.size(); i++) {
            raw.putFloat(t.storage().getFloat(i));
        }
        lenField(out, 9, raw.array());                                   // raw_data
        return out.toByteArray();
    }

    static void varintField(ByteArrayOutputStream out, int field, long v) {
        varint(out, (long) field << 3);
        varint(out, v);
    }

    static void lenField(ByteArrayOutputStream out, int field, byte[] bytes) {
        varint(out, ((long) field << 3) | 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
