package dev.starling.analysis.readers;

import java.io.IOException;

/**
 * The input cannot be read in the chosen format at all (for example a CSV file without a text
 * column). Problems with single records never raise this; they are skipped and reported.
 */
public final class ReadException extends IOException {
    private static final long serialVersionUID = 1L;

    public ReadException(String message) {
        super(message);
    }
}
