package dev.starling.engine.tokenizer.chat;

import java.util.List;

/**
 * Renders a conversation into the prompt text an instruction-tuned model was trained on. The text
 * holds the model's control tokens literally ({@code <|im_start|>} …): tokenize it with
 * {@code LmTokenizer.encode(text, true)} so that they become their ids, and without adding BOS when
 * the template writes it.
 */
public interface ChatTemplate {

    /**
     * The prompt for {@code messages}.
     *
     * @param addGenerationPrompt end with the header of an assistant turn, so the model answers next
     */
    String render(List<ChatMessage> messages, boolean addGenerationPrompt);
}
