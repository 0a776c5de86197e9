package dev.starling.analysis.sample;

import java.util.List;
import java.util.Random;

/** One file of the sample: what it holds ({@link #plan()}) and how its platform writes posts. */
interface SampleFile {
    /** The file name under examples/sample. */
    String name();

    /** The format id stated in MANIFEST.json. */
    String format();

    /** One line for the README and MANIFEST.json. */
    String description();

    /** Where the file states each post's language (a field path), or null when it does not. */
    String languageField();

    PlatformPlan plan();

    /**
     * Writes the drafts (in time order) in the platform's schema, recording every post and every
     * deliberately malformed record in {@code report}.
     */
    String render(List<Draft> drafts, Random rnd, FileReport report);
}
