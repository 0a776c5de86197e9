package dev.starling.engine.format.onnx;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX model read with our own protobuf reader: the graph's nodes (in file order, which ONNX
 * requires to be topological) and its initializers, decoded to tensors on demand. Only what
 * weight loading needs is parsed (no shape inference, no operator semantics). Models with
 * external data or larger than 2 GB are rejected with a clear message.
 */
public final class OnnxModel {
    // ModelProto / GraphProto / NodeProto / AttributeProto / TensorProto field numbers (onnx.proto3).
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER = 2;
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int ATTR_NAME = 1;
    private static final int ATTR_F = 2;
    private static final int ATTR_I = 3;
    private static final int ATTR_S = 4;
    private static final int ATTR_T = 5;
    private static final int ATTR_INTS = 8;

    private final String source;
    private final byte[] bytes;
    private final long irVersion;
    private final String producer;
    private final List<OnnxNode> nodes;
    private final Map<String, OnnxTensorRef> initializers;

    private OnnxModel(String source, byte[] bytes) {
        this.source = source;
        this.bytes = bytes;
        ProtoReader model = new ProtoReader(bytes, 0, bytes.length, source);
        long ir = -1;
        String prod = "";
        ProtoReader graph = null;
        while (model.next()) {
            switch (model.field()) {
                case MODEL_IR_VERSION -> ir = model.varint();
                case MODEL_PRODUCER -> prod = model.string();
                case MODEL_GRAPH -> graph = model.message();
                default -> model.skip();
            }
        }
        if (graph == null || ir < 0) {
            throw new WeightFormatException(source, "not an ONNX model (no graph or IR version found)");
        }
        this.irVersion = ir;
        this.producer = prod;
        List<OnnxNode> ns = new ArrayList<>();
        Map<String, OnnxTensorRef> inits = new LinkedHashMap<>();
        while (graph.next()) {
            switch (graph.field()) {
                case GRAPH_NODE -> ns.add(node(graph.message()));
                case GRAPH_INITIALIZER -> {
                    OnnxTensorRef t = tensorRef(graph.message());
                    inits.put(t.name(), t);
                }
                default -> graph.skip();
            }
        }
        this.nodes = Collections.unmodifiableList(ns);
        this.initializers = Collections.unmodifiableMap(inits);
    }

    /** Reads a model file. */
    public static OnnxModel read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 16) {
            throw new WeightFormatException(file, "ONNX files over 2 GB are not supported");
        }
        return new OnnxModel(file.toString(), Files.readAllBytes(file));
    }

    /** Reads a model from a stream (e.g. a classpath resource); {@code source} names it in errors. */
    public static OnnxModel read(InputStream in, String source) throws IOException {
        return new OnnxModel(source, in.readAllBytes());
    }

    public String source() {
        return source;
    }

    public long irVersion() {
        return irVersion;
    }

    public String producer() {
        return producer;
    }

    public List<OnnxNode> nodes() {
        return nodes;
    }

    /** Initializer names in file order. */
    public java.util.Set<String> initializerNames() {
        return initializers.keySet();
    }

    public boolean hasInitializer(String name) {
        return initializers.containsKey(name);
    }

    /** Decodes an initializer to a float32 tensor (integer types are converted). */
    public Tensor initializer(String name) {
        OnnxTensorRef ref = initializers.get(name);
        if (ref == null) {
            throw new WeightFormatException(source, "no initializer named '" + name + "'");
        }
        return decode(ref);
    }

    /** Decodes a TensorProto found in a node attribute (e.g. a Constant's value). */
    public Tensor decode(OnnxTensorRef ref) {
        long n = 1;
        for (long d : ref.dims()) {
            if (d < 0 || d > Integer.MAX_VALUE || (d > 0 && n > Integer.MAX_VALUE / d)) {
                throw new WeightFormatException(source, "tensor '" + ref.name() + "' has invalid or too large dims "
                        + java.util.Arrays.toString(ref.dims()));
            }
            n *= d;
        }
        float[] out = new float[(int) n];
        ByteBuffer bb = ByteBuffer.wrap(bytes, ref.from(), ref.to() - ref.from()).order(ByteOrder.LITTLE_ENDIAN);
        boolean raw = ref.field() == 9;
        switch (ref.dataType()) {
            case OnnxTensorRef.FLOAT -> {
                checkBytes(ref, 4L * n, bb.remaining(), raw || ref.field() == 4);
                bb.asFloatBuffer().get(out);
            }
            case OnnxTensorRef.DOUBLE -> {
                checkBytes(ref, 8L * n, bb.remaining(), raw || ref.field() == 10);
                for (int i = 0; i < n; i++) {
                    out[i] = (float) bb.getDouble();
                }
            }
            case OnnxTensorRef.INT64, OnnxTensorRef.INT32 -> decodeInts(ref, bb, raw, out);
            default -> throw new WeightFormatException(source, "tensor '" + ref.name()
                    + "' has unsupported ONNX data type " + ref.dataType());
        }
        return new Tensor(Shape.ofLongs(ref.dims()), new F32Storage(out));
    }

    private void decodeInts(OnnxTensorRef ref, ByteBuffer bb, boolean raw, float[] out) {
        int width = ref.dataType() == OnnxTensorRef.INT64 ? 8 : 4;
        if (raw) {
            checkBytes(ref, (long) width * out.length, bb.remaining(), true);
            for (int i = 0; i < out.length; i++) {
                out[i] = width == 8 ? bb.getLong() : bb.getInt();
            }
            return;
        }
        ProtoReader r = new ProtoReader(bytes, ref.from(), ref.to(), source);
        for (int i = 0; i < out.length; i++) {
            out[i] = r.varint();
        }
    }

    private void checkBytes(OnnxTensorRef ref, long expected, int actual, boolean knownField) {
        if (!knownField) {
            throw new WeightFormatException(source, "tensor '" + ref.name() + "' stores its values in an unsupported field");
        }
        if (expected != actual) {
            throw new WeightFormatException(source, "tensor '" + ref.name() + "' of shape "
                    + java.util.Arrays.toString(ref.dims()) + " needs " + expected + " bytes but has " + actual);
        }
    }

    private OnnxNode node(ProtoReader r) {
        String name = "";
        String op = "";
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        Map<String, Object> attrs = new LinkedHashMap<>();
        while (r.next()) {
            switch (r.field()) {
                case NODE_INPUT -> in.add(r.string());
                case NODE_OUTPUT -> out.add(r.string());
                case NODE_NAME -> name = r.string();
                case NODE_OP_TYPE -> op = r.string();
                case NODE_ATTRIBUTE -> attribute(r.message(), attrs);
                default -> r.skip();
            }
        }
        return new OnnxNode(name, op, List.copyOf(in), List.copyOf(out), Collections.unmodifiableMap(attrs));
    }

    private void attribute(ProtoReader r, Map<String, Object> attrs) {
        String name = null;
        Object value = null;
        ProtoReader.LongList ints = null;
        while (r.next()) {
            switch (r.field()) {
                case ATTR_NAME -> name = r.string();
                case ATTR_F -> value = r.fixed32Float();
                case ATTR_I -> value = r.varint();
                case ATTR_S -> value = r.string();
                case ATTR_T -> value = tensorRef(r.message());
                case ATTR_INTS -> {
                    if (ints == null) {
                        ints = new ProtoReader.LongList();
                    }
                    r.int64s(ints);
                }
                default -> r.skip();
            }
        }
        if (name != null) {
            attrs.put(name, ints != null ? ints.toArray() : value);
        }
    }

    private static OnnxTensorRef tensorRef(ProtoReader r) {
        ProtoReader.LongList dims = new ProtoReader.LongList();
        int dataType = 0;
        String name = "";
        int from = 0;
        int to = 0;
        int field = 0;
        while (r.next()) {
            int f = r.field();
            if (f == 1) {
                r.int64s(dims);
            } else if (f == 2) {
                dataType = (int) r.varint();
            } else if (f == 8) {
                name = r.string();
            } else if (f == 14 && r.wireType() == ProtoReader.VARINT) {
                if (r.varint() == 1) {
                    throw new WeightFormatException(r.source(), "tensor '" + name
                            + "' uses external data files, which are not supported; re-export the model with the weights inside");
                }
            } else if ((f == 9 || f == 4 || f == 5 || f == 7 || f == 10) && r.wireType() == ProtoReader.LEN) {
                int[] s = r.slice();
                from = s[0];
                to = s[1];
                field = f;
            } else {
                r.skip();
            }
        }
        return new OnnxTensorRef(name, dataType, dims.toArray(), from, to, field);
    }
}
