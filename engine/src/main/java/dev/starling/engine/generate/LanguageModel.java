package dev.starling.engine.generate;

/**
 * A loaded decoder with its tokenizer, e.g. from one GGUF file (weights and vocabulary) or a
 * directory (safetensors + config.json + tokenizer.json). Closing it releases the weights.
 *
 * @param name  what to call it in messages and reports (e.g. the file name)
 * @param lm    the network
 * @param codec its tokenizer
 */
public record LanguageModel(String name, CausalLm lm, TextCodec codec) implements AutoCloseable {
    @Override
    public void close() {
        lm.close();
    }
}
