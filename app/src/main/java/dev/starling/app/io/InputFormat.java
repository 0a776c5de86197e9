package dev.starling.app.io;

import java.nio.file.Path;
import java.util.Locale;

/** How posts are laid out in an input file. */
public enum InputFormat {
    /** Decide from the file name: .jsonl / .ndjson → JSONL, anything else → TEXT. */
    AUTO,
    /** One post per line. */
    TEXT,
    /** One JSON object per line, the post in a text field. */
    JSONL;

    public InputFormat resolve(Path file) {
        if (this != AUTO) {
            return this;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : TEXT;
    }
}
