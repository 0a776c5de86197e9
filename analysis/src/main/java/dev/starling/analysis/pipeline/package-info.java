/**
 * The per-post analysis pipeline behind {@code starling analyze}: privacy first (personal data
 * redacted, accounts pseudonymised), then social-text normalisation and language identification,
 * then the classifiers, each routed by the post's language. Stages are small typed parts:
 * {@link dev.starling.analysis.pipeline.PostClassifier} implementations are the extension point for
 * new analyses; {@link dev.starling.analysis.pipeline.PostAnalyzer} wires them.
 */
package dev.starling.analysis.pipeline;
