package dev.starling.engine.tokenizer;

import java.util.Arrays;

/**
 * The model input for one sequence (or pair): token ids, segment (token type) ids and the attention
 * mask, all of the same length. An encoding is never padded by the tokenizer, so the mask is all ones;
 * it is here so that padding code and the encoder share one shape.
 *
 * <p>The arrays are not copied: treat them as read-only.
 *
 * @param ids           token ids, shape {@code [T]}
 * @param typeIds       segment ids, 0 for the first sequence and 1 for the second, {@code [T]}
 * @param attentionMask 1 for a real token, 0 for padding, {@code [T]}
 */
public record Encoding(int[] ids, int[] typeIds, int[] attentionMask) {

    /** Validates that the three arrays are present and equally long. */
    public Encoding {
        if (ids == null || typeIds == null || attentionMask == null) {
            throw new IllegalArgumentException("ids, typeIds and attentionMask must not be null");
        }
        if (typeIds.length != ids.length || attentionMask.length != ids.length) {
            throw new IllegalArgumentException("length mismatch: ids " + ids.length + ", typeIds "
                    + typeIds.length + ", attentionMask " + attentionMask.length);
        }
    }

    /** An encoding of real tokens only: the given ids and type ids, with a mask of ones. */
    static Encoding of(int[] ids, int[] typeIds) {
        int[] mask = new int[ids.length];
        Arrays.fill(mask, 1);
        return new Encoding(ids, typeIds, mask);
    }

    /** The number of tokens, {@code T}. */
    public int length() {
        return ids.length;
    }

    /** Arrays compared by content, unlike the record default. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Encoding e && Arrays.equals(ids, e.ids) && Arrays.equals(typeIds, e.typeIds)
                && Arrays.equals(attentionMask, e.attentionMask);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(ids) + Arrays.hashCode(typeIds)) + Arrays.hashCode(attentionMask);
    }

    @Override
    public String toString() {
        return "Encoding[ids=" + Arrays.toString(ids) + ", typeIds=" + Arrays.toString(typeIds)
                + ", attentionMask=" + Arrays.toString(attentionMask) + "]";
    }
}
