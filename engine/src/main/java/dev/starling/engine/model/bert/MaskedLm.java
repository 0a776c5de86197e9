package dev.starling.engine.model.bert;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * BERT's masked-language-model corruption (Devlin et al. 2019): 15 % of the ordinary tokens are
 * chosen (at least one per sequence); of those, 80 % become [MASK], 10 % a random token and 10 %
 * stay as they are. The model must predict the original token at every chosen position.
 */
public final class MaskedLm {
    private MaskedLm() {
    }

    /** A corrupted sequence: the new ids, the chosen positions and their original tokens. */
    public record Masked(int[] ids, int[] positions, int[] labels) {
    }

    /**
     * @param special      ids never chosen ([CLS], [SEP], [PAD] …)
     * @param randomFrom   random replacements are drawn from [randomFrom, vocab) (skipping reserved ids)
     */
    public static Masked mask(int[] ids, int maskId, int vocab, int randomFrom, java.util.Set<Integer> special,
                              double rate, SplittableRandom rng) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!special.contains(ids[i])) {
                candidates.add(i);
            }
        }
        int[] out = ids.clone();
        if (candidates.isEmpty()) {
            return new Masked(out, new int[0], new int[0]);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int c : candidates) {
            if (rng.nextDouble() < rate) {
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(candidates.get(rng.nextInt(candidates.size())));
        }
        int[] positions = new int[chosen.size()];
        int[] labels = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            int p = chosen.get(i);
            positions[i] = p;
            labels[i] = ids[p];
            double r = rng.nextDouble();
            if (r < 0.8) {
                out[p] = maskId;
            } else if (r < 0.9) {
                out[p] = randomFrom + rng.nextInt(vocab - randomFrom);
            }
        }
        return new Masked(out, positions, labels);
    }
}
