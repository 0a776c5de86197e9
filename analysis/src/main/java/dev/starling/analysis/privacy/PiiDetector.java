package dev.starling.analysis.privacy;

import java.util.List;

/**
 * Finds one kind of personal data in free text. Implementations are stateless and thread-safe, and
 * are registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.starling.analysis.privacy.PiiDetector}; {@link CompositeDetector}
 * runs them all and settles overlaps.
 *
 * <p>A detector must run in time roughly linear in the text length whatever the input, because it
 * sees untrusted text before anything else does.
 */
public interface PiiDetector {
    /** Matches in {@code text}, in any order; they may overlap matches of other detectors. */
    List<PiiMatch> find(CharSequence text);
}
