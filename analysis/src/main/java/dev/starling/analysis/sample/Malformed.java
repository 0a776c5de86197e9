package dev.starling.analysis.sample;

import java.util.List;

/**
 * A deliberately broken record: {@code index} is its 0-based line in the finished file. They exercise the
 * readers' skip-and-report path on the default run; MANIFEST.json lists each with its line number.
 */
record Malformed(int index, String line, String problem) {

    /** Inserts the records (ascending by index) into {@code lines} and reports their 1-based line numbers. */
    static void insert(List<String> lines, FileReport report, List<Malformed> records) {
        int previous = -1;
        for (Malformed m : records) {
            if (m.index <= previous || m.index > lines.size()) {
                throw new IllegalArgumentException("malformed records must be ascending and in range: " + m.index);
            }
            lines.add(m.index, m.line);
            report.malformed(m.index + 1, m.problem);
            previous = m.index;
        }
    }
}
