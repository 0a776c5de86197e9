package dev.starling.app.cli;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.pretrain.PretrainTask;
import dev.starling.analysis.pretrain.TweetCorpus;
import dev.starling.app.io.Progress;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.model.bert.BertCheckpointWriter;
import dev.starling.engine.model.bert.BertConfig;
import dev.starling.engine.model.bert.BertInit;
import dev.starling.engine.model.bert.BertPretrainer;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.train.Trainer;
import dev.starling.engine.train.TrainerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
import java.util.concurrent.Callable;

/** {@code starling pretrain}: masked-LM (+ next-sentence) pretraining on tweets. */
@Command(name = "pretrain", mixinStandardHelpOptions = true,
        description = {"Pretrain a BERT encoder on the tweet corpora in the datasets folder (training splits only): "
                + "masked LM (15 % of tokens; 80/10/10 mask/random/keep) plus next-sentence prediction, either from "
                + "scratch (a small BERT with MiniLM's vocabulary) or continued from all-MiniLM-L6-v2 (domain-adaptive "
                + "pretraining, MLM only, decoder tied to the word embeddings).",
            "",
            "Writes a HuggingFace-layout encoder checkpoint (config.json + model.safetensors) that `starling train --base` "
                + "and `starling embed --model` accept, and pretraining.json with the loss history.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class PretrainCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--objective", paramLabel = "OBJ", defaultValue = "mlm",
            description = "mlm: a BERT encoder (masked LM, + NSP from scratch); clm: a GPT-style decoder (causal LM, from scratch). "
                    + "Default: ${DEFAULT-VALUE}.")
    String objective;

    @Option(names = "--from", paramLabel = "START", defaultValue = "scratch", description = "scratch or minilm (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--nsp", negatable = true, description = "Add next-sentence prediction (default: on from scratch, off from minilm).")
    Boolean nsp;

    @Option(names = "--hidden", paramLabel = "C", defaultValue = "128", description = "From scratch: width (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "2", description = "From scratch: layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--heads", paramLabel = "N", defaultValue = "2", description = "From scratch: attention heads (default: ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Use only N tweets of the corpus (0 = all).")
    int limit;

    @Option(names = "--lr", paramLabel = "RATE", description = "Peak learning rate (default: scratch 1e-3, minilm 5e-5).")
    Double learningRate;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", defaultValue = "32", description = "Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "64", description = "Default: ${DEFAULT-VALUE}.")
    int maxTokens;

    @Option(names = "--vocab-size", paramLabel = "N", defaultValue = "4096",
            description = "clm: size of the byte-level BPE vocabulary learned from the training tweets (default: ${DEFAULT-VALUE}).")
    int vocabSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where the encoder checkpoint goes.")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (objective.equals("clm")) {
            return CausalLmPretraining.run(this);
        }
        if (!objective.equals("mlm")) {
            throw new CliException(ExitCodes.USAGE, "--objective must be mlm or clm, got '" + objective + "'");
        }
        boolean scratch = switch (from) {
            case "scratch" -> true;
            case "minilm" -> false;
            default -> throw new CliException(ExitCodes.USAGE, "--from must be scratch or minilm, got '" + from + "'");
        };
        boolean withNsp = nsp != null ? nsp : scratch;
        Path datasets = data.resolve();
        Tokenizer tok = BaseEncoder.minilmTokenizer();
        List<String> corpus = new ArrayList<>(TweetCorpus.load(datasets));
        Collections.shuffle(corpus, new Random(seed));
        if (limit > 0 && limit < corpus.size()) {
            corpus = corpus.subList(0, limit);
        }
        if (corpus.size() < 10) {
            throw new CliException(ExitCodes.IO, "the corpus holds only " + corpus.size() + " tweets");
        }
        List<int[]> pieces = new ArrayList<>();
        for (String t : corpus) {
            int[] p = tok.tokenize(t);
            if (p.length >= 2) {
                pieces.add(p);
            }
        }
        int held = Math.max(64, pieces.size() / 50);
        List<int[]> val = pieces.subList(0, held);
        List<int[]> train = pieces.subList(held, pieces.size());
        BertConfig cfg;
        Map<String, Tensor> init;
        if (scratch) {
            cfg = new BertConfig(tok.vocabSize(), hidden, layers, heads, 4 * hidden, Math.max(64, maxTokens), 2, 1e-12f);
            init = BertInit.random(cfg, seed);
        } else {
            BaseEncoder base = BaseEncoder.minilm();
            cfg = base.config();
            init = base.weights();
        }
        double lr = learningRate != null ? learningRate : scratch ? 1e-3 : 5e-5;
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try {
            BertPretrainer model = BertPretrainer.create(cfg, init::get, withNsp, 0.1f, seed);
            PretrainTask task = new PretrainTask(model, kernels, withNsp, tok.clsId(), tok.sepId(), tok.maskId(), maxTokens);
            TrainerConfig tc = TrainerConfig.defaults().withEpochs(epochs).withBatch(batchSize, 1).withLearningRate(lr)
                    .withSeed(seed).withSchedule(0.06, false).withCheckpoints(output.resolve("checkpoints"), 200);
            double before = task.validate(val);
            Trainer.Result r = new Trainer<int[]>(tc, kernels, new TrainingProgress(System.err, "pretrain", Progress.stderrIsTerminal()))
                    .fit(task, train, val);
            if (r.failure() != null) {
                System.err.println("starling pretrain: stopped: " + r.failure());
                return 6;
            }
            BertCheckpointWriter.write(output, cfg, model.encoder().encoderWeights());
            try (var in = BaseEncoder.class.getResourceAsStream(BaseEncoder.TOKENIZER_RESOURCE)) {
                Files.copy(in, output.resolve("tokenizer.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("from", from);
            report.put("nsp", withNsp);
            report.put("config", Map.of("hidden", cfg.hidden(), "layers", cfg.layers(), "heads", cfg.heads(), "vocab", cfg.vocabSize()));
            report.put("corpus_tweets", pieces.size());
            report.put("held_out", held);
            report.put("validation_mlm_loss_before", -before);
            report.put("validation_mlm_loss_per_epoch", r.validationScores().stream().map(v -> -v).toList());
            report.put("step_losses", r.stepLosses());
            report.put("steps", r.steps());
            report.put("seconds", Math.round(r.seconds()));
            report.put("tokens_per_second", Math.round(r.tokensPerSecond()));
            report.put("command", "starling " + String.join(" ", picocliArgs()));
            report.put("commit", System.getProperty("starling.commit", "unknown"));
            Files.writeString(output.resolve("pretraining.json"), JsonWriter.write(report) + "\n", StandardCharsets.UTF_8);
            List<Double> l = r.stepLosses();
            System.out.printf(Locale.ROOT, "pretrain (%s%s): %d tweets, %d steps in %.0f s (%.0f tokens/s); loss %.3f → %.3f; "
                            + "held-out MLM loss %.3f → %.3f; encoder in %s%n", from, withNsp ? ", MLM+NSP" : ", MLM",
                    train.size(), r.steps(), r.seconds(), r.tokensPerSecond(), mean(l, 0, 20), mean(l, l.size() - 20, l.size()),
                    -before, -r.validationScores().get(r.validationScores().size() - 1), output);
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    List<String> picocliArgs() {
        return spec.commandLine().getParseResult().originalArgs();
    }

    static double mean(List<Double> v, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(v.size(), to);
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v.get(i);
        }
        return s / Math.max(1, to - from);
    }
}
