package dev.starling.engine.generate;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The text-generation pipeline: encode the prompt → one batched forward over it (fills the KV
 * cache) → repeat {sample, stream the decoded text, forward the new token} until an end-of-text
 * token, a stop sequence, the token limit or the context's end.
 *
 * <pre>{@code
 * TextGenerator g = TextGeneration.pipeline(model, codec);
 * g.generate("I love this new phone! The camera is amazing.", SamplingConfig.defaults(), System.out::print);
 * }</pre>
 */
public final class TextGeneration implements TextGenerator {
    private final CausalLm model;
    private final TextCodec codec;

    private TextGeneration(CausalLm model, TextCodec codec) {
        this.model = model;
        this.codec = codec;
    }

    /** A generator over {@code model} with {@code codec}'s tokenizer. */
    public static TextGenerator pipeline(CausalLm model, TextCodec codec) {
        return new TextGeneration(model, codec);
    }

    /** A generator over a loaded model (its weights and its tokenizer). */
    public static TextGenerator pipeline(LanguageModel model) {
        return new TextGeneration(model.lm(), model.codec());
    }

    @Override
    public Generation generate(String prompt, SamplingConfig config, Consumer<String> onToken) {
        long start = System.nanoTime();
        int[] promptIds = codec.encode(prompt);
        if (promptIds.length == 0) {
            throw new IllegalArgumentException("the prompt encodes to no tokens; give some text");
        }
        if (promptIds.length >= model.contextLength()) {
            throw new IllegalArgumentException("the prompt has " + promptIds.length
                    + " tokens; the model's context holds " + model.contextLength() + " (prompt plus output)");
        }
        int capacity = (int) Math.min(model.contextLength(), (long) promptIds.length + config.maxTokens());
        KvCache cache = model.newCache(capacity);
        int[] history = Arrays.copyOf(promptIds, capacity + 1);
        int length = promptIds.length;
        Sampler sampler = new Sampler(config);
        TextStream stream = new TextStream(codec, promptIds, config.stop(), onToken);
        float[] logits = model.forward(promptIds, 0, cache);
        FinishReason finish;
        while (true) {
            int next = sampler.next(logits, history, length);
            history[length++] = next;
            if (codec.isEndOfText(next) || stream.push(next)) {
                finish = FinishReason.STOP;
                break;
            }
            if (length - promptIds.length == config.maxTokens()) {
                finish = FinishReason.MAX_TOKENS;
                break;
            }
            if (cache.length() == capacity) {
                finish = FinishReason.CONTEXT_FULL;
                break;
            }
            logits = model.forward(new int[] {next}, cache.length(), cache);
        }
        stream.finish();
        int[] out = Arrays.copyOfRange(history, promptIds.length, length);
        return new Generation(stream.text(), out, promptIds.length, finish, System.nanoTime() - start);
    }

    @Override
    public int countTokens(String text) {
        return codec.encode(text).length;
    }

    @Override
    public int contextLength() {
        return model.contextLength();
    }
}
