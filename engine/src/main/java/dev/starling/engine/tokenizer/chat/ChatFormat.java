package dev.starling.engine.tokenizer.chat;

import java.util.List;
import java.util.Optional;

/**
 * The chat templates we render natively, each equal, character for character, to what HF
 * {@code apply_chat_template} makes of the model's Jinja template (tested against jinja2's output).
 * {@link #detect} recognises a template from the Jinja source a model ships
 * ({@code tokenizer.chat_template}) by its control tokens, as llama.cpp does.
 */
public enum ChatFormat implements ChatTemplate {
    /** ChatML (Qwen, OpenHermes, SmolLM …): {@code <|im_start|>role\ncontent<|im_end|>\n}. */
    CHATML {
        @Override
        public String render(List<ChatMessage> messages, boolean addGenerationPrompt) {
            StringBuilder sb = new StringBuilder();
            for (ChatMessage m : messages) {
                sb.append("<|im_start|>").append(m.role()).append('\n').append(m.content()).append("<|im_end|>\n");
            }
            if (addGenerationPrompt) {
                sb.append("<|im_start|>assistant\n");
            }
            return sb.toString();
        }

        @Override
        boolean matches(String jinja) {
            return jinja.contains("<|im_start|>");
        }
    },
    /**
     * Llama 3 Instruct: BOS, then per turn a role header, the content with surrounding whitespace
     * trimmed (the template applies Jinja's {@code trim}), and {@code <|eot_id|>}.
     */
    LLAMA3 {
        @Override
        public String render(List<ChatMessage> messages, boolean addGenerationPrompt) {
            StringBuilder sb = new StringBuilder("<|begin_of_text|>");
            for (ChatMessage m : messages) {
                sb.append("<|start_header_id|>").append(m.role()).append("<|end_header_id|>\n\n")
                        .append(trim(m.content())).append("<|eot_id|>");
            }
            if (addGenerationPrompt) {
                sb.append("<|start_header_id|>assistant<|end_header_id|>\n\n");
            }
            return sb.toString();
        }

        @Override
        boolean matches(String jinja) {
            return jinja.contains("<|start_header_id|>") && jinja.contains("<|end_header_id|>");
        }
    },
    /**
     * Zephyr (TinyLlama-Chat): {@code <|role|>\ncontent</s>\n}; turns of other roles are left out,
     * as the template's if-chain does.
     */
    ZEPHYR {
        @Override
        public String render(List<ChatMessage> messages, boolean addGenerationPrompt) {
            StringBuilder sb = new StringBuilder();
            for (ChatMessage m : messages) {
                if (List.of("user", "system", "assistant").contains(m.role())) {
                    sb.append("<|").append(m.role()).append("|>\n").append(m.content()).append("</s>\n");
                }
            }
            if (addGenerationPrompt && !messages.isEmpty()) { // why: the template emits it inside the loop
                sb.append("<|assistant|>\n");
            }
            return sb.toString();
        }

        @Override
        boolean matches(String jinja) {
            return jinja.contains("<|user|>") && jinja.contains("<|assistant|>") && !jinja.contains("<|end|>");
        }
    };

    abstract boolean matches(String jinja);

    /** Jinja's {@code trim}: Python's {@code str.strip()}, whose whitespace includes U+00A0 and U+0085. */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isPythonSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isPythonSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** The format of a model's Jinja chat template, if it is one we render. */
    public static Optional<ChatFormat> detect(String jinjaTemplate) {
        for (ChatFormat f : values()) {
            if (f.matches(jinjaTemplate)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
