package dev.starling.engine.format.onnx;

import dev.starling.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Navigation over an {@link OnnxModel}'s nodes: who produces a value, who consumes it, and the
 * value of Constant nodes. Model-family loaders use it to recover structure that exporters leave
 * anonymous (e.g. PyTorch names MatMul weights {@code onnx::MatMul_787}).
 */
public final class OnnxGraph {
    private final OnnxModel model;
    private final Map<String, OnnxNode> producers = new HashMap<>();
    private final Map<String, List<OnnxNode>> consumers = new HashMap<>();

    public OnnxGraph(OnnxModel model) {
        this.model = model;
        for (OnnxNode n : model.nodes()) {
            for (String out : n.outputs()) {
                producers.put(out, n);
            }
            for (String in : n.inputs()) {
                consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
            }
        }
    }

    public OnnxModel model() {
        return model;
    }

    public List<OnnxNode> nodes() {
        return model.nodes();
    }

    public Optional<OnnxNode> producer(String value) {
        return Optional.ofNullable(producers.get(value));
    }

    public List<OnnxNode> consumers(String value) {
        return consumers.getOrDefault(value, List.of());
    }

    /** The nodes of one operator type, in graph order. */
    public List<OnnxNode> nodes(String opType) {
        return model.nodes().stream().filter(n -> n.opType().equals(opType)).toList();
    }

    /** The value of {@code name} when it is an initializer or the output of a Constant node. */
    public Optional<Tensor> constant(String name) {
        if (model.hasInitializer(name)) {
            return Optional.of(model.initializer(name));
        }
        OnnxNode p = producers.get(name);
        if (p != null && p.opType().equals("Constant") && p.attributes().get("value") instanceof OnnxTensorRef ref) {
            return Optional.of(model.decode(ref));
        }
        return Optional.empty();
    }
}
