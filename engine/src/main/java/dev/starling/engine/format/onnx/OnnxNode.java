package dev.starling.engine.format.onnx;

import java.util.List;
import java.util.Map;

/**
 * One node of an ONNX graph: operator type, input and output value names, and the attributes we
 * use (ints, floats, strings and tensors such as a Constant's {@code value}).
 */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
                       Map<String, Object> attributes) {
}
