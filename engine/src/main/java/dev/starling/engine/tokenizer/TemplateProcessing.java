package dev.starling.engine.tokenizer;

import java.util.Arrays;
import java.util.List;

/**
 * The post-processor: wraps the piece ids of one sequence, or two, in the model's special tokens and
 * assigns segment ids, following a template such as BERT's {@code [CLS] A [SEP]} and
 * {@code [CLS] A [SEP] B [SEP]} (with the second sequence and its [SEP] in segment 1). HF's
 * {@code BertProcessing} is the same thing with that fixed template.
 *
 * @param single the template for one sequence
 * @param pair   the template for two sequences
 */
record TemplateProcessing(List<Piece> single, List<Piece> pair) {

    /**
     * One element of a template: either special token ids or a placeholder for sequence A (0) or B (1).
     *
     * @param sequence   0 or 1 for a sequence placeholder, -1 for special tokens
     * @param specialIds the ids of the special token (one entry for BERT), empty for a placeholder
     * @param typeId     the segment id given to every token of this element
     */
    record Piece(int sequence, int[] specialIds, int typeId) {
        static Piece special(int id, int typeId) {
            return new Piece(-1, new int[] {id}, typeId);
        }

        static Piece sequence(int which, int typeId) {
            return new Piece(which, new int[0], typeId);
        }
    }

    /** No special tokens at all (a tokenizer.json without a post-processor). */
    static TemplateProcessing none() {
        return new TemplateProcessing(List.of(Piece.sequence(0, 0)), List.of(Piece.sequence(0, 0),
                Piece.sequence(1, 1)));
    }

    /** BERT's template with the given [CLS] and [SEP] ids. */
    static TemplateProcessing bert(int clsId, int sepId) {
        return new TemplateProcessing(
                List.of(Piece.special(clsId, 0), Piece.sequence(0, 0), Piece.special(sepId, 0)),
                List.of(Piece.special(clsId, 0), Piece.sequence(0, 0), Piece.special(sepId, 0),
                        Piece.sequence(1, 1), Piece.special(sepId, 1)));
    }

    /** How many special tokens the template adds: what truncation must leave room for. */
    int addedTokens(boolean isPair) {
        int n = 0;
        for (Piece p : isPair ? pair : single) {
            n += p.specialIds().length;
        }
        return n;
    }

    /** The first special id of the single template that comes before the sequence, or -1. */
    int firstSpecialId() {
        Piece p = single.get(0);
        return p.specialIds().length > 0 ? p.specialIds()[0] : -1;
    }

    /** The first special id of the single template after the sequence, or -1. */
    int lastSpecialId() {
        Piece p = single.get(single.size() - 1);
        return p.specialIds().length > 0 ? p.specialIds()[0] : -1;
    }

    /** Applies the template to {@code a}, or to {@code a} and {@code b} when {@code b} is not null. */
    Encoding apply(int[] a, int[] b) {
        List<Piece> template = b == null ? single : pair;
        int n = 0;
        for (Piece p : template) {
            n += p.sequence() < 0 ? p.specialIds().length : (p.sequence() == 0 ? a : b).length;
        }
        int[] ids = new int[n];
        int[] typeIds = new int[n];
        int k = 0;
        for (Piece p : template) {
            int[] src = p.sequence() < 0 ? p.specialIds() : (p.sequence() == 0 ? a : b);
            System.arraycopy(src, 0, ids, k, src.length);
            Arrays.fill(typeIds, k, k + src.length, p.typeId());
            k += src.length;
        }
        return Encoding.of(ids, typeIds);
    }
}
