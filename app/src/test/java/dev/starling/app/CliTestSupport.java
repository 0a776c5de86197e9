package dev.starling.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures its stderr. */
final class CliTestSupport {
    record Run(int exit, String stderr) {
    }

    private CliTestSupport() {
    }

    static synchronized Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
