package dev.starling.engine.model;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.generate.LmTokenizerCodec;
import dev.starling.engine.format.gguf.GgufTensorInfo;
import dev.starling.engine.nn.F32Projection;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.nn.StorageProjection;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Q8Matrix;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import dev.starling.engine.tokenizer.gguf.GgufTokenizers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** GGUF tensors as the pieces decoders are built from. */
public final class GgufWeights {
    private GgufWeights() {
    }

    /**
     * The matrix {@code name} (ggml dims {in, out}: rows of W [out, in]) as a {@link Projection} in
     * its stored precision: Q8_0 used in place, Q4_0 through the quantised kernels, F32/F16/BF16 as
     * float32 — or quantised to Q8_0 when {@code q8} (and in is a multiple of 32).
     */
    public static Projection projection(GgufFile f, String name, Kernels kernels, boolean q8) {
        GgufTensorInfo info = f.tensorInfo(name);
        int in = (int) info.dims()[0];
        int out = (int) info.dims()[1];
        Tensor t = f.tensor(name);
        return switch (t.storage()) {
            case Q8_0Storage s -> new Q8Projection(Q8Matrix.of(s, out, in));
            case Q4_0Storage s -> new StorageProjection(s, out, in, info.byteSize());
            default -> q8 && in % Q8Matrix.BLOCK == 0
                    ? new Q8Projection(Q8Matrix.quantize(t.toF32().f32(), out, in))
                    : F32Projection.ofOutIn(kernels, t.toF32().f32(), out, in);
        };
    }

    /** A vector or matrix as float32 values, or null if the file has no such tensor. */
    public static float[] optionalF32(GgufFile f, String name) {
        return f.hasTensor(name) ? f.tensorF32(name).f32() : null;
    }

    /** True if {@code path} is a readable {@code .gguf} file of one of these architectures (reads the header only). */
    public static boolean isGgufOf(Path path, Set<String> architectures) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".gguf")) {
            return false;
        }
        try (GgufFile f = GgufFile.open(path)) {
            return architectures.contains(f.metadata().optString("general.architecture").orElse(""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The vocabulary stored in the file, as a generation codec; a vocabulary that cannot generate (WordPiece) is an error. */
    public static LmTokenizerCodec codec(GgufFile f) {
        Tokenizer t = GgufTokenizers.build(GgufTokenizers.vocab(f.metadata()));
        if (!(t instanceof LmTokenizer lm)) {
            throw new IllegalArgumentException(f.path() + ": its " + t.getClass().getSimpleName() + " vocabulary cannot generate text");
        }
        return new LmTokenizerCodec(lm);
    }
}
