package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormat;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** GGUF as a {@link WeightFormat}, registered through ServiceLoader; recognised by its "GGUF" magic. */
public final class GgufFormat implements WeightFormat {
    @Override
    public String name() {
        return "gguf";
    }

    @Override
    public boolean sniff(byte[] head) {
        return head.length >= 4 && head[0] == 'G' && head[1] == 'G' && head[2] == 'U' && head[3] == 'F';
    }

    @Override
    public WeightFile open(Path file) throws IOException {
        return new Adapter(GgufFile.open(file));
    }

    /**
     * The generic view: scalar metadata as strings (arrays, such as vocabularies, are left out; use
     * {@link GgufFile#metadata()} for typed access) and tensors in their stored precision.
     */
    private record Adapter(GgufFile gguf) implements WeightFile {
        @Override
        public Path path() {
            return gguf.path();
        }

        @Override
        public Set<String> names() {
            Set<String> out = new LinkedHashSet<>();
            gguf.tensors().forEach(t -> out.add(t.name()));
            return Collections.unmodifiableSet(out);
        }

        @Override
        public Tensor tensor(String name) {
            return gguf.tensor(name);
        }

        @Override
        public Map<String, String> metadata() {
            Map<String, String> out = new LinkedHashMap<>();
            gguf.metadata().asMap().forEach((k, v) -> {
                if (!v.isArray()) {
                    out.put(k, String.valueOf(v.value()));
                }
            });
            return Collections.unmodifiableMap(out);
        }

        @Override
        public void close() {
            gguf.close();
        }
    }
}
