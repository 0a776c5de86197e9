package dev.starling.app.models;

import dev.starling.analysis.classify.ShippedModels;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.models.ShippedResources;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped TweetEval task models (LoRA adapters on all-MiniLM-L6-v2): their test scores from
 * PROVENANCE.json and their measured speed. Each shares the 22.7M-parameter base encoder.
 */
public final class TaskModelSource implements ModelSource {
    @Override
    public List<ModelInfo> list(ModelContext ctx) {
        List<ModelInfo> out = new ArrayList<>();
        BaseEncoder base = null;
        Tokenizer tok = null;
        long baseParams = 0;
        for (TweetEvalTask task : TweetEvalTask.values()) {
            if (!ShippedModels.available(task)) {
                continue;
            }
            if (base == null) {
                base = BaseEncoder.minilm();
                tok = BaseEncoder.minilmTokenizer();
                baseParams = EncoderSource.parameters(base.weights());
            }
            String prefix = ShippedModels.resourcePrefix(task);
            Map<String, Object> prov = ShippedResources.exists(prefix + "PROVENANCE.json") ? ShippedResources.json(prefix + "PROVENANCE.json") : Map.of();
            String quality = prov.get("test_score") instanceof Number n
                    ? String.format(Locale.ROOT, "TweetEval %s test %.2f %s", task.id(), 100 * n.doubleValue(), prov.getOrDefault("metric", ""))
                    : "";
            double speed = Double.NaN;
            if (ctx.measure()) {
                TaskModel m = ShippedModels.load(task, null, base, tok, ctx.kernels());
                speed = Timing.itemsPerSecond(ModelContext.PROBE_POSTS.size(), () -> m.probabilities(ModelContext.PROBE_POSTS));
            }
            long adapter = 2_300_000L / 4; // LoRA r16 adapter + head: 2.3 MB of F32 on disk
            out.add(new ModelInfo("tweeteval/" + task.id(), ModelInfo.Kind.CLASSIFIER, "classpath", baseParams + adapter,
                    adapter * 4, (baseParams + adapter) * 4 + EncoderSource.WORKING_BYTES, speed, quality));
        }
        return out;
    }
}
