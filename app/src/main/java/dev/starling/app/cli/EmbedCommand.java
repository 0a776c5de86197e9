package dev.starling.app.cli;

import dev.starling.app.io.PostReader;
import dev.starling.app.model.BuiltinModels;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code starling embed}: sentence embeddings of posts with the pure-Java encoder. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embed posts as L2-normalised sentence vectors (all-MiniLM-L6-v2 by default: 384 floats). "
                + "Writes one JSON object per input line, {\"embedding\": [...]}, in input order.",
            "",
            "Posts longer than --max-tokens word pieces are split into windows overlapping by --overlap pieces; "
                + "the post's vector is the re-normalised mean of its window vectors (--truncate keeps only the first "
                + "window instead). Runs on the pure-Java engine; nothing is downloaded.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class EmbedCommand implements Callable<Integer> {
    /** Posts read and embedded together; outputs are written after each block, in order. */
    private static final int BLOCK = 2048;

    @Mixin
    InputOutputOptions io;

    @Option(names = "--model", paramLabel = "PATH",
            description = "A BERT-family encoder: an ONNX export (file, or a directory with model.onnx), or a "
                    + "HuggingFace checkpoint directory (config.json + model.safetensors), with tokenizer.json beside it. "
                    + "Default: the built-in all-MiniLM-L6-v2.")
    Path model;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json (default: beside --model, or built in).")
    Path tokenizerFile;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", defaultValue = "32",
            description = "Sequences per forward pass (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "256",
            description = "Window length in word pieces including [CLS] and [SEP] (default: ${DEFAULT-VALUE}, "
                    + "as sentence-transformers uses for this model).")
    int maxTokens;

    @Option(names = "--overlap", paramLabel = "N", defaultValue = "32",
            description = "Pieces shared by consecutive windows of a long post (default: ${DEFAULT-VALUE}).")
    int overlap;

    @Option(names = "--truncate", description = "Embed only the first window of a long post instead of averaging all windows.")
    boolean truncate;

    @Option(names = "--max-windows", paramLabel = "N", defaultValue = "64",
            description = "At most N windows per post; a longer post uses N windows spread evenly over it "
                    + "(reported on stderr). 0 = no limit. Default: ${DEFAULT-VALUE}.")
    int maxWindows;

    @Override
    public Integer call() throws IOException {
        io.checkInput();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || batchSize < 1 || maxWindows < 0) {
            throw new CliException(ExitCodes.USAGE, "--threads and --batch-size must be >= 1 and --max-windows >= 0");
        }
        Kernels kernels = KernelRegistry.create(nThreads);
        // While the model and the tokenizer load (each on its own thread), the JIT compiles the kernels.
        Thread.ofPlatform().daemon().name("starling-warmup").start(kernels::warmUp);
        CompletableFuture<Tokenizer> tokenizerLoad = CompletableFuture.supplyAsync(() -> BuiltinModels.tokenizer(tokenizerFile, model));
        try {
            BertModel bert = BuiltinModels.encoder(model, kernels);
            Tokenizer tokenizer = join(tokenizerLoad);
            if (maxTokens < 3 || maxTokens > bert.config().maxPositions() || overlap < 0 || overlap >= maxTokens - 2) {
                throw new CliException(ExitCodes.USAGE, "--max-tokens must be in [3, " + bert.config().maxPositions()
                        + "] and --overlap in [0, max-tokens - 2)");
            }
            BertSentenceEmbedder embedder = new BertSentenceEmbedder(tokenizer, bert, maxTokens, overlap,
                    truncate ? LongTextPolicy.TRUNCATE : LongTextPolicy.CHUNK, batchSize, maxWindows);
            return run(embedder);
        } finally {
            kernels.parallel().close();
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private int run(BertSentenceEmbedder embedder) throws IOException {
        return PostPipeline.run(io, "embed", "embedding", BLOCK, (posts, problems, postsDone) -> {
            List<String> texts = posts.stream().map(PostReader.Post::text).toList();
            BertSentenceEmbedder.Result result = embedder.embedAll(texts, (windows, total) ->
                    postsDone.accept(Math.min(texts.size(), (long) windows * texts.size() / Math.max(total, 1))));
            List<String> fields = new ArrayList<>(texts.size());
            StringBuilder sb = new StringBuilder(8 * 1024);
            for (int i = 0; i < texts.size(); i++) {
                if (result.windowsUsed()[i] < result.windowsTotal()[i]) {
                    problems.note("line " + posts.get(i).line() + ": a long post of " + result.windowsTotal()[i]
                            + " windows was embedded from " + result.windowsUsed()[i] + " windows spread over it (--max-windows)");
                }
                sb.setLength(0);
                sb.append("\"embedding\":");
                JsonWriter.floats(sb, result.vectors()[i]);
                fields.add(sb.toString());
            }
            return fields;
        });
    }
}
