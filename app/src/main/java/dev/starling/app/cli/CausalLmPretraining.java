package dev.starling.app.cli;

import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.pretrain.CausalLmTask;
import dev.starling.analysis.pretrain.TweetCorpus;
import dev.starling.app.io.Progress;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.GptGgufExport;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer;
import dev.starling.engine.tokenizer.bpetrain.TokenizerJsonExport;
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

/**
 * {@code starling pretrain --objective clm}: a small GPT-style decoder trained on tweets from
 * scratch, with its own byte-level BPE vocabulary learned from the training tweets. Tweets are
 * privacy-cleaned first (handles → {@code @user}, links → {@code http}, e-mails, phones, cards …
 * redacted), so the model can never reproduce them.
 */
final class CausalLmPretraining {
    /** Begins and ends every tweet; id = vocabulary size − 1. */
    static final String EOT = "<|endoftext|>";
    private static final String[] PROMPTS = {"I love", "The game tonight", "@user thanks for", "So excited about", "Why is it"};
    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("@\\w+");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://\\S+");

    private CausalLmPretraining() {
    }

    static int run(PretrainCommand o) throws IOException {
        Path datasets = o.data.resolve();
        List<String> corpus = clean(TweetCorpus.load(datasets));
        Collections.shuffle(corpus, new Random(o.seed));
        if (o.limit > 0 && o.limit < corpus.size()) {
            corpus = corpus.subList(0, o.limit);
        }
        int held = Math.max(64, corpus.size() / 50);
        if (corpus.size() < held + 10) {
            throw new CliException(ExitCodes.IO, "the corpus holds only " + corpus.size() + " usable tweets");
        }
        // the vocabulary is learned from the training tweets only: held-out text stays unseen
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(o.vocabSize, 2, List.of(EOT)).train(corpus.subList(held, corpus.size()));
        int eot = bpe.vocabSize() - 1;
        ByteLevelBpeTokenizer tok = ByteLevelBpeTokenizer.of(bpe, eot);
        List<int[]> seqs = new ArrayList<>();
        for (String t : corpus) {
            seqs.add(frame(tok.tokenize(t), eot, o.maxTokens));
        }
        List<int[]> val = seqs.subList(0, held);
        List<int[]> train = seqs.subList(held, seqs.size());
        GptConfig cfg = new GptConfig(bpe.vocabSize(), o.hidden, o.layers, o.heads, 4 * o.hidden, Math.max(64, o.maxTokens), 1e-5f);
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
            Map<String, String> samples = samples(gpt, tok, eot, kernels, o.seed);
            write(o, cfg, gpt, bpe, r, before, after, seqs.size(), held, samples);
            System.out.printf(Locale.ROOT, "pretrain (causal LM): %d tweets, %d BPE tokens in the vocabulary, %d steps in %.0f s (%.0f tokens/s); "
                            + "held-out perplexity per token %.1f → %.1f; model in %s%n",
                    train.size(), bpe.vocabSize(), r.steps(), r.seconds(), r.tokensPerSecond(), Math.exp(before), Math.exp(after), o.output);
            samples.forEach((p, s) -> System.out.println("  " + p + " → " + s));
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    /** Handles → @user, links → http, other personal data redacted; blank tweets dropped. */
    static List<String> clean(List<String> tweets) {
        PrivacyFilter privacy = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.of(randomKey()));
        List<String> out = new ArrayList<>(tweets.size());
        for (String t : tweets) {
            // privacy first (it pseudonymises handles as @user_…), then every handle becomes plain @user
            String s = privacy.apply(LINK.matcher(t).replaceAll("http")).text();
            s = HANDLE.matcher(s).replaceAll("@user").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static byte[] randomKey() {
        byte[] k = new byte[32];
        new java.security.SecureRandom().nextBytes(k);
        return k;
    }

    /** [EOT] ids [EOT], cut to maxTokens. */
    static int[] frame(int[] ids, int eot, int maxTokens) {
        int n = Math.min(ids.length, maxTokens - 2);
        int[] out = new int[n + 2];
        out[0] = eot;
        System.arraycopy(ids, 0, out, 1, n);
        out[n + 1] = eot;
        return out;
    }

    private static Map<String, String> samples(TrainableGpt gpt, ByteLevelBpeTokenizer tok, int eot, Kernels k, long seed) {
        Map<String, String> out = new LinkedHashMap<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (String p : PROMPTS) {
            int[] enc = tok.tokenize(p);
            int[] prompt = new int[enc.length + 1];
            prompt[0] = eot;
            System.arraycopy(enc, 0, prompt, 1, enc.length);
            int[] ids = gpt.generate(k, prompt, 24, 0.8, eot, rng);
            int end = 1;
            while (end < ids.length && ids[end] != eot) {
                end++;
            }
            out.put(p, tok.decode(java.util.Arrays.copyOfRange(ids, 1, end), true));
        }
        return out;
    }

    private static void write(PretrainCommand o, GptConfig cfg, TrainableGpt gpt, ByteLevelBpe bpe, Trainer.Result r, double before, double after,
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
        c.put("bos_token", EOT);
        c.put("eos_token", EOT);
        c.put("bos_token_id", bpe.vocabSize() - 1);
        c.put("eos_token_id", bpe.vocabSize() - 1);
        Files.writeString(o.output.resolve("config.json"), JsonWriter.write(c) + "\n", StandardCharsets.UTF_8);
        // the shipped form: one GGUF file (llama.cpp's gpt2 layout, Q8_0 matrices) holding weights and vocabulary
        GptGgufExport.write(o.output.resolve("tweet-gpt.gguf"), gpt, cfg, bpe.vocab(), bpe.merges(), bpe.vocabSize() - 1, true,
                Map.of("general.description", GgufValue.string("Starling's tweet language model: a " + cfg.layers() + "-layer GPT decoder "
                        + "trained from scratch on privacy-cleaned TweetEval + SemEval-2017 training tweets"),
                        "general.license", GgufValue.string("Apache-2.0 (weights); training data: see ../shared/datasets SOURCE.md files")));
        Files.writeString(o.output.resolve("tokenizer.json"), TokenizerJsonExport.json(bpe, bpe.vocabSize() - 1) + "\n", StandardCharsets.UTF_8);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("objective", "causal LM");
        report.put("corpus_tweets", tweets);
        report.put("held_out", held);
        report.put("vocabulary", "byte-level BPE learned from the training tweets, " + bpe.vocabSize() + " tokens");
        report.put("perplexity_unit", "per BPE token, [EOT] tweet [EOT] framing, end token predicted");
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
