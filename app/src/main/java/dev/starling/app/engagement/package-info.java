/**
 * The engagement face of Starling: the {@code engagement} command (activity patterns, best time to
 * post, predicted replies/reposts/likes, and the evaluation on FiveThirtyEight's tweets) and the
 * {@code engagement} report insight. The modelling lives in {@code dev.starling.analysis.engagement}.
 */
package dev.starling.app.engagement;
