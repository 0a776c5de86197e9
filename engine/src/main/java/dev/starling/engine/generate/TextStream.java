package dev.starling.engine.generate;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns generated ids into streamed text: after each id the new text is decoded, and the part that
 * can no longer change is handed on. Held back: a trailing U+FFFD (a UTF-8 character split across
 * byte-level tokens), and a tail that could still grow into a stop sequence. When a stop sequence
 * appears, the text ends just before it.
 *
 * <p>Why decode with a few prompt ids in front: SentencePiece decoders drop the leading space of
 * the first token of a text, so "I love" + "▁this" must decode as " this", not "this".
 */
final class TextStream {
    /** Prompt ids decoded in front of the output as context for the first token's leading space. */
    private static final int ANCHOR = 4;

    private final TextCodec codec;
    private final List<String> stops;
    private final Consumer<String> sink;
    private final int[] anchor;
    private final String anchorText;
    private int[] ids = new int[16];
    private int count;
    private String text = "";
    private int emitted;
    private boolean stopped;

    TextStream(TextCodec codec, int[] prompt, List<String> stops, Consumer<String> sink) {
        this.codec = codec;
        this.stops = stops;
        this.sink = sink;
        this.anchor = Arrays.copyOfRange(prompt, Math.max(0, prompt.length - ANCHOR), prompt.length);
        this.anchorText = codec.decode(anchor);
    }

    /** Appends a generated id; returns true if the text now reaches a stop sequence. */
    boolean push(int id) {
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, 2 * count);
        }
        ids[count++] = id;
        text = decodeOutput();
        int stopAt = firstStop();
        if (stopAt >= 0) {
            text = text.substring(0, stopAt);
            stopped = true;
            flush(text.length());
            return true;
        }
        flush(safeEnd());
        return false;
    }

    /** Emits whatever was held back (the text ended without a stop sequence). */
    void finish() {
        if (!stopped) {
            flush(text.length());
        }
    }

    String text() {
        return text;
    }

    private String decodeOutput() {
        int[] all = new int[anchor.length + count];
        System.arraycopy(anchor, 0, all, 0, anchor.length);
        System.arraycopy(ids, 0, all, anchor.length, count);
        String full = codec.decode(all);
        return full.startsWith(anchorText) ? full.substring(anchorText.length()) : codec.decode(Arrays.copyOf(ids, count));
    }

    private int firstStop() {
        int best = -1;
        for (String s : stops) {
            int from = Math.max(0, emitted - s.length());
            int at = text.indexOf(s, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The end of the text that is final: no partial character, no possible stop-sequence start. */
    private int safeEnd() {
        int end = text.length();
        while (end > emitted && text.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        for (String s : stops) {
            for (int k = Math.min(s.length() - 1, text.length()); k > 0; k--) {
                if (text.endsWith(s.substring(0, k))) {
                    end = Math.min(end, text.length() - k);
                    break;
                }
            }
        }
        return Math.max(end, emitted);
    }

    private void flush(int end) {
        if (end > emitted) {
            sink.accept(text.substring(emitted, end));
            emitted = end;
        }
    }
}
