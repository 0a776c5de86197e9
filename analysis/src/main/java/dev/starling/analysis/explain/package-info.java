/**
 * Why a classifier said what it said: token attributions and attention maps.
 *
 * <p>Every classifier kind has an {@link dev.starling.analysis.explain.Explainer}, found through
 * {@link dev.starling.analysis.explain.ExplainerProvider} (ServiceLoader). Attributions satisfy
 * <em>completeness</em>: they sum to F(x) − F(x'), the score of the input minus the score of a
 * baseline input that carries no evidence.
 * <ul>
 *   <li>Transformer classifiers (TweetEval task models, shared heads, the Chinese encoder head):
 *       integrated gradients (Sundararajan et al., 2017) of the target class probability with
 *       respect to the input word embeddings, along the straight path from the baseline x' (every
 *       word piece replaced by [PAD]'s embedding; [CLS]/[SEP] kept) to x, by the trapezoid rule
 *       with m steps: a_t = Σ_c (x − x')_{t,c} · Σ_k w_k ∂F/∂x_{t,c}(x' + α_k(x − x')), α_k = k/m.
 *       All m + 1 path points run as one ragged batch, so one forward and one backward pass give
 *       every gradient. The gap |Σ a − (F(x) − F(x'))| shrinks as O(1/m²).</li>
 *   <li>Linear n-gram models (spam): exact. The logit is b + Σ_j w_j x_j, so a_j = w_j x_j sums to
 *       logit(x) − logit(no features) with no approximation; each hashed feature's share is spread
 *       over the characters of the words or character n-grams it came from.</li>
 * </ul>
 */
package dev.starling.analysis.explain;
