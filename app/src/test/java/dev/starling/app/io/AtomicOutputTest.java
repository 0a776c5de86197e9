package dev.starling.app.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void outputAppearsOnlyOnCommit() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "previous result\n");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("partial\n");
            // a failure here (no commit) must leave the previous result intact
        }
        assertEquals("previous result\n", Files.readString(target));
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("complete\n");
            out.commit();
        }
        assertEquals("complete\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void createsMissingDirectories() throws IOException {
        Path target = dir.resolve("a/b/out.jsonl");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("x");
            out.commit();
        }
        assertEquals("x", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("a/b/.out.jsonl.tmp")));
    }
}
