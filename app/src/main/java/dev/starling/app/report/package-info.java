/**
 * The HTML report of {@code starling analyze}: one self-contained file that opens offline.
 *
 * <p>The analysis pipeline fills an immutable {@link dev.starling.app.report.ReportData} (aggregates
 * only: counts, time series, top lists, the capped list of flagged posts whose text is already
 * redacted). {@link dev.starling.app.report.HtmlReport} turns it into a page made of
 * {@link dev.starling.app.report.ReportSection}s; each section contributes escaped HTML and at most
 * one chart, given as an ECharts option. The options travel in one JSON {@code <script>} element
 * whose {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes, so no post
 * text can close the element; the page script draws them with the ECharts library inlined from its
 * webjar, using the SVG renderer so that a DOM dump shows what was drawn.
 *
 * <p>Sections are plain objects built from their own data, so later features (topics, trends,
 * explanations) add a class and insert it into the list from {@link
 * dev.starling.app.report.StandardSections#of}; the page and its script need no change.
 */
package dev.starling.app.report;
