package dev.starling.app.cli;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.pretrain.CausalLmTask;
import dev.starling.analysis.pretrain.TweetCorpus;
import dev.starling.app.io.Progress;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.train.Trainer;
import dev.starling.engine.train.TrainerConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/** {@code starling pretrain --objective clm}: a small GPT-style decoder trained on tweets from scratch. */
final class CausalLmPretraining {
    private static final String[] PROMPTS = {"i love", "the game tonight", "@user thanks for", "so excited about", "why is it"};

    private CausalLmPretraining() {
    }

    static int run(PretrainCommand o) throws IOException {
        Path datasets = o.data.resolve();
        Tokenizer tok = BaseEncoder.minilmTokenizer();
        List<String> corpus = new ArrayList<>(TweetCorpus.load(datasets));
        Collections.shuffle(corpus, new Random(o.seed));
        if (o.limit > 0 && o.limit < corpus.size()) {
            corpus = corpus.subList(0, o.limit);
        }
        List<int[]> seqs = new ArrayList<>();
        for (String t : corpus) {
            int[] ids = tok.encode(t, o.maxTokens).ids();
            if (ids.length >= 4) {
                seqs.add(ids);
            }
        }
        if (seqs.size() < 10) {
            throw new CliException(ExitCodes.IO, "the corpus holds only " + seqs.size() + " usable tweets");
        }
        int held = Math.max(64, seqs.size() / 50);
        List<int[]> val = seqs.subList(0, held);
        List<int[]> train = seqs.subList(held, seqs.size());
        GptConfig cfg = new GptConfig(tok.vocabSize(), o.hidden, o.layers, o.heads, 4 * o.hidden, Math.max(64, o.maxTokens), 1e-5f);
        double lr = o.learningRate != null ? o.learningRate : 1e-3;
        Kernels kernels = KernelRegistry.create(o.threads == null ? Runtime.getRuntime().availableProcessors() : o.threads);
        try {
            TrainableGpt gpt = TrainableGpt.random(cfg, 0.1f, o.seed);
            CausalLmTask task = new CausalLmTask(gpt, kernels);
            TrainerConfig tc = TrainerConfig.defaults().withEpochs(o.epochs).withBatch(o.batchSize, 1).withLearningRate(lr)
                    .withSeed(o.seed).withSchedule(0.05, true).withCheckpoints(o.output.resolve("checkpoints"), 200);
            double before = -task.validate(val);
            Trainer.Result r = new Trainer<int[]>(tc, kernels, new TrainingProgress(System.err, "pretrain-lm", Progress.stderrIsTerminal()))
                    .fit(task, train, val);
            if (r.failure() != null) {
                System.err.println("starling pretrain: stopped: " + r.failure());
                return 6;
            }
            double after = -r.validationScores().get(r.validationScores().size() - 1);
            Map<String, String> samples = samples(gpt, tok, kernels, o.seed);
            write(o, cfg, gpt, r, before, after, seqs.size(), held, samples);
            System.out.printf(Locale.ROOT, "pretrain (causal LM): %d tweets, %d steps in %.0f s (%.0f tokens/s); held-out perplexity %.1f → %.1f; model in %s%n",
                    train.size(), r.steps(), r.seconds(), r.tokensPerSecond(), Math.exp(before), Math.exp(after), o.output);
            samples.forEach((p, s) -> System.out.println("  " + p + " → " + s));
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    private static Map<String, String> samples(TrainableGpt gpt, Tokenizer tok, Kernels k, long seed) {
        Map<String, String> out = new LinkedHashMap<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (String p : PROMPTS) {
            int[] prompt = tok.encode(p).ids();
            int[] withoutSep = java.util.Arrays.copyOf(prompt, prompt.length - 1);
            int[] ids = gpt.generate(k, withoutSep, 20, 0.8, tok.sepId(), rng);
            out.put(p, detokenize(tok, java.util.Arrays.copyOfRange(ids, 1, ids.length), tok.sepId()));
        }
        return out;
    }

    /** Word pieces back to text: "##" continuations glued to the previous piece. */
    static String detokenize(Tokenizer tok, int[] ids, int stop) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (id == stop) {
                break;
            }
            String t = tok.token(id);
            if (t.startsWith("##")) {
                sb.append(t, 2, t.length());
            } else {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static void write(PretrainCommand o, GptConfig cfg, TrainableGpt gpt, Trainer.Result r, double before, double after,
                              int tweets, int held, Map<String, String> samples) throws IOException {
        Files.createDirectories(o.output);
        SafetensorsWriter.write(o.output.resolve("model.safetensors"), gpt.weights(), Map.of("format", "starling-gpt"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("model_type", "starling-gpt");
        c.put("vocab_size", cfg.vocabSize());
        c.put("n_embd", cfg.hidden());
        c.put("n_layer", cfg.layers());
        c.put("n_head", cfg.heads());
        c.put("n_inner", cfg.intermediate());
        c.put("n_positions", cfg.maxPositions());
        c.put("layer_norm_epsilon", (double) cfg.layerNormEps());
        c.put("bos_token", "[CLS]");
        c.put("eos_token", "[SEP]");
        Files.writeString(o.output.resolve("config.json"), JsonWriter.write(c) + "\n", StandardCharsets.UTF_8);
        try (var in = BaseEncoder.class.getResourceAsStream(BaseEncoder.TOKENIZER_RESOURCE)) {
            Files.copy(in, o.output.resolve("tokenizer.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("objective", "causal LM");
        report.put("corpus_tweets", tweets);
        report.put("held_out", held);
        report.put("held_out_perplexity_before", Math.exp(before));
        report.put("held_out_perplexity_per_epoch", r.validationScores().stream().map(v -> Math.exp(-v)).toList());
        report.put("held_out_perplexity", Math.exp(after));
        report.put("steps", r.steps());
        report.put("seconds", Math.round(r.seconds()));
        report.put("tokens_per_second", Math.round(r.tokensPerSecond()));
        report.put("step_losses", r.stepLosses());
        report.put("samples", samples);
        report.put("command", "starling " + String.join(" ", o.picocliArgs()));
        report.put("commit", System.getProperty("starling.commit", "unknown"));
        Files.writeString(o.output.resolve("pretraining.json"), JsonWriter.write(report) + "\n", StandardCharsets.UTF_8);
    }
}
