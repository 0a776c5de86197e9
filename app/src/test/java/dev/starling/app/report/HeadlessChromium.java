package dev.starling.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs Debian's {@code chromium} headless on a page and returns the DOM after its scripts ran.
 * A missing browser fails the test with a clear message: the browser tests never skip silently.
 */
final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 60;

    private HeadlessChromium() {
    }

    /** The serialised DOM of {@code page} after up to 10 s of virtual time. */
    static String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("chromium-profile"));
        Path stderr = workDir.resolve("chromium-stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString()));
        pb.redirectError(stderr.toFile());
        Process process = pb.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n" + tail(stderr));
        }
        String dom = out.join();
        if (process.exitValue() != 0 || !dom.contains("<html")) {
            fail("chromium exited with " + process.exitValue() + " and printed no DOM; stderr:\n" + tail(stderr));
        }
        return dom;
    }

    /** {@code -Dstarling.chromium=…}, else the first of chromium / chromium-browser on the PATH. */
    static String executable() {
        String configured = System.getProperty("starling.chromium", "");
        if (!configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                fail("-Dstarling.chromium=" + configured + " is not an executable file");
            }
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return fail("the browser tests need Chromium, which is not on the PATH: install Debian's 'chromium' package"
                + " (.ci/run does) or pass -Dstarling.chromium=/path/to/chromium");
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
