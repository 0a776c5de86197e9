package dev.starling.engine.tokenizer.chat;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each format against the exact text HF's {@code apply_chat_template} renders from the model's Jinja
 * template. The expected strings were produced by jinja2 3.1.6 with HF's settings
 * ({@code ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)}) from the templates in
 * {@link #CHATML_JINJA}, {@link #LLAMA3_JINJA} and {@link #ZEPHYR_JINJA}.
 */
class ChatFormatTest {
    static final String CHATML_JINJA = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
            + "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
            + "{{ '<|im_start|>assistant\\n' }}{% endif %}";
    /** Meta-Llama-3-8B-Instruct's template. */
    static final String LLAMA3_JINJA = "{% set loop_messages = messages %}{% for message in loop_messages %}"
            + "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] "
            + "| trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
            + "{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";
    /** TinyLlama-1.1B-Chat-v1.0's template. */
    static final String ZEPHYR_JINJA = "{% for message in messages %}\n{% if message['role'] == 'user' %}\n"
            + "{{ '<|user|>\\n' + message['content'] + eos_token }}\n{% elif message['role'] == 'system' %}\n"
            + "{{ '<|system|>\\n' + message['content'] + eos_token }}\n{% elif message['role'] == 'assistant' %}\n"
            + "{{ '<|assistant|>\\n'  + message['content'] + eos_token }}\n{% endif %}\n"
            + "{% if loop.last and add_generation_prompt %}\n{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}";

    static final List<ChatMessage> CONVERSATION = List.of(
            ChatMessage.system("You are a concise assistant."),
            ChatMessage.user("  Summarise: 今日は 🙂\nline two  "),
            ChatMessage.assistant("Fine."),
            ChatMessage.user("And again?"));

    @Test
    void chatMlEqualsTheJinjaOutput() {
        String turns = "<|im_start|>system\nYou are a concise assistant.<|im_end|>\n"
                + "<|im_start|>user\n  Summarise: 今日は 🙂\nline two  <|im_end|>\n"
                + "<|im_start|>assistant\nFine.<|im_end|>\n<|im_start|>user\nAnd again?<|im_end|>\n";
        assertEquals(turns + "<|im_start|>assistant\n", ChatFormat.CHATML.render(CONVERSATION, true));
        assertEquals(turns, ChatFormat.CHATML.render(CONVERSATION, false));
    }

    @Test
    void llama3EqualsTheJinjaOutputAndTrimsContent() {
        String turns = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are a concise assistant.<|eot_id|>"
                + "<|start_header_id|>user<|end_header_id|>\n\nSummarise: 今日は 🙂\nline two<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\nFine.<|eot_id|>"
                + "<|start_header_id|>user<|end_header_id|>\n\nAnd again?<|eot_id|>";
        assertEquals(turns + "<|start_header_id|>assistant<|end_header_id|>\n\n", ChatFormat.LLAMA3.render(CONVERSATION, true));
        assertEquals(turns, ChatFormat.LLAMA3.render(CONVERSATION, false));
    }

    @Test
    void llama3TrimsWhitespaceAsPythonDoes() {
        // jinja2: '\u00a0\u0085\u3000 hi \u2028\t\u00a0' | trim == 'hi'
        assertEquals("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|>",
                ChatFormat.LLAMA3.render(List.of(ChatMessage.user("\u00a0\u0085\u3000 hi \u2028\t\u00a0")), false));
    }

    @Test
    void zephyrEqualsTheJinjaOutput() {
        String turns = "<|system|>\nYou are a concise assistant.</s>\n<|user|>\n  Summarise: 今日は 🙂\nline two  </s>\n"
                + "<|assistant|>\nFine.</s>\n<|user|>\nAnd again?</s>\n";
        assertEquals(turns + "<|assistant|>\n", ChatFormat.ZEPHYR.render(CONVERSATION, true));
        assertEquals(turns, ChatFormat.ZEPHYR.render(CONVERSATION, false));
        assertEquals("<|user|>\nq</s>\n<|assistant|>\n",
                ChatFormat.ZEPHYR.render(List.of(new ChatMessage("tool", "x"), ChatMessage.user("q")), true));
        assertEquals("", ChatFormat.ZEPHYR.render(List.of(), true));
    }

    @Test
    void detectsEachFormatFromItsJinjaSource() {
        assertEquals(Optional.of(ChatFormat.CHATML), ChatFormat.detect(CHATML_JINJA));
        assertEquals(Optional.of(ChatFormat.LLAMA3), ChatFormat.detect(LLAMA3_JINJA));
        assertEquals(Optional.of(ChatFormat.ZEPHYR), ChatFormat.detect(ZEPHYR_JINJA));
        assertEquals(Optional.empty(), ChatFormat.detect("{{ messages[0]['content'] }}"));
    }
}
