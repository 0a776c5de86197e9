package dev.starling.app.report;

import java.util.Optional;

/**
 * One part of the report: a heading, a body and at most one chart. A section holds its own data
 * (it is built from it), so a new kind of result adds a section class and nothing else.
 */
public interface ReportSection {
    /** A short id, unique in the page, of lower-case letters, digits and '-': the anchor and the chart's name. */
    String id();

    /** The heading, plain text (the page escapes it). */
    String title();

    /**
     * The body as HTML, shown below the chart. Every text taken from the data must go through
     * {@link Html#escape}; a section without data says so here (see {@link Html#noData}).
     */
    String html();

    /** True when the section should span the whole page width (wide tables, time series). */
    default boolean wide() {
        return false;
    }

    /** The chart to draw, or empty when the section has none or nothing to draw. */
    default Optional<ChartSpec> chart() {
        return Optional.empty();
    }
}
