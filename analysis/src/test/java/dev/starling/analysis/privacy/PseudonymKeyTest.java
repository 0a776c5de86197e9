package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {
    private static final UnaryOperator<String> NO_ENV = name -> null;
    private static final byte[] KEY_A = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @TempDir
    Path tmp;

    @Test
    void generatedKeyFileIsOwnerOnlyInAnOwnerOnlyDirectoryAndReused() throws Exception {
        Path file = tmp.resolve("config/starling/pseudonym.key");
        PseudonymKey first = PseudonymKey.resolve(null, NO_ENV, file);

        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        String stored = Files.readString(file).strip();
        assertTrue(stored.matches("[0-9a-f]{64}"), "32 bytes as hex");
        assertEquals(stored, HexFormat.of().formatHex(first.bytes()));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }

        PseudonymKey again = PseudonymKey.resolve(null, NO_ENV, file);
        assertTrue(first.sameAs(again), "second run reads the same key");
        PseudonymKey elsewhere = PseudonymKey.resolve(null, NO_ENV, tmp.resolve("other/pseudonym.key"));
        assertFalse(first.sameAs(elsewhere), "a fresh key is random");
    }

    @Test
    void concurrentFirstRunsAllEndUpWithTheOneStoredKey() throws Exception {
        Path file = tmp.resolve("race/pseudonym.key");
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PseudonymKey>> keys = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                keys.add(pool.submit(() -> {
                    go.await();
                    return PseudonymKey.resolve(null, NO_ENV, file);
                }));
            }
            go.countDown();
            for (Future<PseudonymKey> f : keys) {
                f.get();
            }
            byte[] stored = PseudonymKey.decode(Files.readString(file), "test");
            for (Future<PseudonymKey> f : keys) {
                assertTrue(PseudonymKey.of(stored).sameAs(f.get()), "every thread uses the key in the file");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void environmentKeyInHexOrBase64IsUsedAndNoFileIsWritten() {
        Path file = tmp.resolve("unused/pseudonym.key");
        PseudonymKey hex = PseudonymKey.resolve(null, env(HexFormat.of().formatHex(KEY_A)), file);
        PseudonymKey b64 = PseudonymKey.resolve(null, env(Base64.getEncoder().encodeToString(KEY_A)), file);

        assertTrue(hex.sameAs(PseudonymKey.of(KEY_A)));
        assertTrue(b64.sameAs(PseudonymKey.of(KEY_A)));
        assertTrue(hex.source().contains(PseudonymKey.ENV_VAR));
        assertFalse(Files.exists(file), "an environment key needs no key file");
    }

    @Test
    void explicitFileWinsOverEnvironmentAndDefault() throws Exception {
        Path explicit = tmp.resolve("explicit.key");
        byte[] other = new byte[24];
        other[0] = 42;
        Files.writeString(explicit, Base64.getEncoder().encodeToString(other) + "\n");
        PseudonymKey k = PseudonymKey.resolve(explicit, env(HexFormat.of().formatHex(KEY_A)), tmp.resolve("d.key"));

        assertTrue(k.sameAs(PseudonymKey.of(other)));
        assertFalse(Files.exists(tmp.resolve("d.key")));
    }

    @Test
    void badKeysGiveClearErrorsThatNeverQuoteTheKey() throws Exception {
        Path missing = tmp.resolve("nope.key");
        var e1 = assertThrows(IllegalArgumentException.class, () -> PseudonymKey.resolve(missing, NO_ENV, tmp.resolve("d")));
        assertTrue(e1.getMessage().contains("does not exist"), e1.getMessage());

        String shortHex = "0011223344556677";
        var e2 = assertThrows(IllegalArgumentException.class, () -> PseudonymKey.resolve(null, env(shortHex), tmp.resolve("d")));
        assertTrue(e2.getMessage().contains("at least 16"), e2.getMessage());
        assertFalse(e2.getMessage().contains(shortHex));

        String garbage = "not a key!! secret-ish";
        var e3 = assertThrows(IllegalArgumentException.class, () -> PseudonymKey.resolve(null, env(garbage), tmp.resolve("d")));
        assertTrue(e3.getMessage().contains("neither hex nor base64"), e3.getMessage());
        assertFalse(e3.getMessage().contains("secret-ish"));
    }

    @Test
    void toStringNamesTheSourceButNotTheKey() {
        PseudonymKey k = PseudonymKey.resolve(null, env(HexFormat.of().formatHex(KEY_A)), tmp.resolve("d"));
        String s = k.toString();
        assertTrue(s.contains("32 bytes") && s.contains(PseudonymKey.ENV_VAR), s);
        assertFalse(s.toLowerCase().contains("00112233"), s);
        assertFalse(s.contains(Base64.getEncoder().encodeToString(KEY_A)), s);
    }

    @Test
    void keyFileReadableByOthersIsFlaggedButStillUsed() throws Exception {
        Path shared = tmp.resolve("shared.key");
        Files.writeString(shared, HexFormat.of().formatHex(KEY_A));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(KeyFiles.warnIfReadableByOthers(shared));
        assertTrue(PseudonymKey.resolve(shared, NO_ENV, tmp.resolve("d")).sameAs(PseudonymKey.of(KEY_A)));

        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-------"));
        assertFalse(KeyFiles.warnIfReadableByOthers(shared));
    }

    @Test
    void defaultLocationFollowsXdgConfigHome() {
        Path p = PseudonymKey.defaultFile(Map.of("XDG_CONFIG_HOME", "/xdg")::get);
        assertEquals(Path.of("/xdg/starling/pseudonym.key"), p);
        Path home = PseudonymKey.defaultFile(NO_ENV);
        assertEquals(Path.of(System.getProperty("user.home"), ".config", "starling", "pseudonym.key"), home);
    }

    private static UnaryOperator<String> env(String key) {
        return name -> PseudonymKey.ENV_VAR.equals(name) ? key : null;
    }
}
