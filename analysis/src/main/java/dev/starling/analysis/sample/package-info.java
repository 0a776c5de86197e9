/**
 * The bundled sample: a synthetic, deterministic corpus of social media posts that {@code starling analyze}
 * reads when it is given no input, written by {@link dev.starling.analysis.sample.SampleCorpus}.
 *
 * <p>Why generated rather than collected: real posts carry real people's words and personal data and may not
 * be redistributed; a generator that the project owns can plant exactly the phenomena the analyses must handle
 * (spam, abuse, personal data, many languages and scripts, emoji sequences, threads, spikes) and can state
 * them as ground truth in {@code MANIFEST.json}, so downstream tests measure against known answers.
 *
 * <p>How it is built, in order:
 * <ol>
 *   <li>{@link dev.starling.analysis.sample.Phrasebook} holds hand-written post templates per language, each
 *       labelled with a storyline, sentiment and emotion;</li>
 *   <li>{@link dev.starling.analysis.sample.Cast} invents the accounts of one platform with Zipf-like activity;</li>
 *   <li>{@link dev.starling.analysis.sample.Planner} lays out who posts what kind of post when (weekly rhythm,
 *       launch / recall / final spikes) and who answers whom;</li>
 *   <li>{@link dev.starling.analysis.sample.Composer} turns a template into pieces (words, hashtags, mentions,
 *       links) and plants personal data;</li>
 *   <li>one {@link dev.starling.analysis.sample.SampleFile} per platform renders the pieces in that platform's
 *       public schema (entity offsets in code points for X, UTF-8 byte offsets for Bluesky facets, HTML for
 *       Mastodon, RFC 4180 for the CSV) and records what it wrote in a
 *       {@link dev.starling.analysis.sample.FileReport}.</li>
 * </ol>
 * Everything draws from one seeded {@link java.util.Random} and uses {@link java.lang.StrictMath}, so the same
 * seed gives the same bytes on every JVM.
 */
package dev.starling.analysis.sample;
