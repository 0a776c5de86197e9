package dev.starling.app.models;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufTensorInfo;
import dev.starling.engine.generate.DecodeSpeed;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decoders for {@code generate}: the shipped tweet model in {@code <starling.home>/models/} and every
 * {@code *.gguf} file in the given folders. Parameters come from the GGUF tensor table; memory is
 * the weights as loaded plus the KV cache of a full context; speed is decoding tokens/s measured
 * here ({@link DecodeSpeed}: greedy steps after a short prompt, once the JIT has compiled the
 * decoding path, median of three runs); quality is the held-out perplexity recorded in a
 * sidecar {@code NAME.json} (Starling's pretraining report) when there is one.
 */
public final class DecoderSource implements ModelSource {
    @Override
    public List<ModelInfo> list(ModelContext ctx) {
        List<Path> files = new ArrayList<>();
        Path home = Path.of(System.getProperty("starling.home", ".")).resolve("models");
        List<Path> folders = new ArrayList<>(ctx.folders());
        folders.add(0, home);
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".gguf")).sorted().forEach(p -> {
                    if (!files.contains(p)) {
                        files.add(p);
                    }
                });
            } catch (IOException e) {
                // an unreadable folder lists nothing; the others still count
            }
        }
        List<ModelInfo> out = new ArrayList<>();
        for (Path f : files) {
            info(f, ctx, home).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<ModelInfo> info(Path file, ModelContext ctx, Path home) {
        long params = 0;
        long kv;
        try (GgufFile g = GgufFile.open(file)) {
            for (GgufTensorInfo t : g.tensors()) {
                long n = 1;
                for (long d : t.dims()) {
                    n *= d;
                }
                params += n;
            }
            String arch = g.metadata().optString("general.architecture").orElse("?");
            long ctxLen = g.metadata().optLong(arch + ".context_length").orElse(2048L);
            long layers = g.metadata().optLong(arch + ".block_count").orElse(1L);
            long width = g.metadata().optLong(arch + ".embedding_length").orElse(0L);
            kv = 2 * layers * ctxLen * width * 4;
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // not a model we can read: `generate` would say why
        }
        long size = size(file);
        double speed = Double.NaN;
        if (ctx.measure()) {
            try (LanguageModel lm = LanguageModels.load(file, ctx.kernels(), false)) {
                speed = DecodeSpeed.decodeTokensPerSecond(lm.lm(), 1_000_000_000L, 3);
            } catch (IOException | RuntimeException e) {
                speed = Double.NaN;
            }
        }
        String name = file.getParent().equals(home) ? file.getFileName().toString().replaceAll("\\.gguf$", "") : file.toString();
        String source = file.getParent().equals(home) ? "built-in" : file.getParent().toString();
        return java.util.Optional.of(new ModelInfo(name, ModelInfo.Kind.DECODER, source, params, size, size + kv + (64L << 20),
                speed, quality(file)));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** "held-out perplexity 86.9 per token" from NAME.json beside the file, or "". */
    static String quality(Path file) {
        Path side = file.resolveSibling(file.getFileName().toString().replaceAll("\\.gguf$", "") + ".json");
        try {
            Map<String, Object> m = Json.parseObject(Files.readString(side, StandardCharsets.UTF_8));
            if (m.get("held_out_perplexity") instanceof Number p) {
                return String.format(Locale.ROOT, "held-out perplexity %.1f per BPE token (tweets)", p.doubleValue());
            }
        } catch (IOException | RuntimeException e) {
            // no sidecar: no quality figure
        }
        return "";
    }
}
