package dev.starling.analysis.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The commit a model was trained from, for its PROVENANCE.json. */
public final class BuildCommit {
    private BuildCommit() {
    }

    /** {@code git rev-parse --short HEAD} in the working directory, or "unknown" outside a work tree. */
    public static String current() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            try (InputStream in = git.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return git.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
