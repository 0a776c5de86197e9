/**
 * Topics in the app: the {@code topics} command, the {@code topics} insight that puts them into
 * {@code report.html}, and what both share: embedding posts with the built-in all-MiniLM-L6-v2
 * ({@link dev.starling.app.topics.TopicRun}), topics.json and the report sections.
 */
package dev.starling.app.topics;
