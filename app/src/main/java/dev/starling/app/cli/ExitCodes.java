package dev.starling.app.cli;

/** What the process exit status means; listed in every command's --help. */
public final class ExitCodes {
    /** Everything was processed. */
    public static final int OK = 0;
    /** An internal error (a bug): please report it with the message. */
    public static final int INTERNAL = 1;
    /** Bad command-line usage (unknown flag, invalid value). */
    public static final int USAGE = 2;
    /** An input or output file could not be read or written. */
    public static final int IO = 3;
    /** A model or tokenizer file is missing, truncated or not what it claims to be. */
    public static final int MODEL = 4;
    /** The run completed, but some records were skipped (reported on stderr and in the output). */
    public static final int PARTIAL = 5;

    public static final String HELP_FOOTER = """

            Exit status: 0 success; 1 internal error; 2 usage error; 3 input/output file problem;
              4 model or tokenizer file problem; 5 finished, but some records were skipped.""";

    private ExitCodes() {
    }
}
