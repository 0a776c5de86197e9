package dev.starling.analysis.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The secret key behind pseudonyms and hash tokens. Whoever holds it can test guesses ("is user_3f…
 * @alice?"), so it never appears in logs, {@link #toString()} or error messages.
 *
 * <p>Sources, first found wins: an explicit key file; the environment variable
 * {@value #ENV_VAR} (hex or base64); the default key file, created on first use with 32 random bytes
 * and owner-only permissions (see {@link KeyFiles}). A key file holds the key as hex or base64 text.
 */
public final class PseudonymKey {
    /** Environment variable holding the key as hex or base64. */
    public static final String ENV_VAR = "STARLING_PSEUDONYM_KEY";
    /** Shortest accepted key: 128 bits, below which guessing the key itself becomes thinkable. */
    public static final int MIN_BYTES = 16;
    static final int GENERATED_BYTES = 32;

    private final byte[] bytes;
    private final String source;

    private PseudonymKey(byte[] bytes, String source) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("pseudonym key from " + source + " has " + bytes.length
                    + " bytes; at least " + MIN_BYTES + " are required");
        }
        this.bytes = bytes.clone();
        this.source = source;
    }

    /** A key from raw bytes (for callers that manage keys themselves). */
    public static PseudonymKey of(byte[] bytes) {
        return new PseudonymKey(bytes, "bytes supplied by the caller");
    }

    /** The key for this user: explicit file (may be null), else environment, else the default file. */
    public static PseudonymKey resolve(Path explicitFile) {
        return resolve(explicitFile, System::getenv, defaultFile(System::getenv));
    }

    /**
     * The key from the first source that has one. {@code env} looks up environment variables and
     * {@code defaultFile} is where a key is read from, or generated into when missing; both are
     * parameters so tests and embedding applications can direct them.
     */
    public static PseudonymKey resolve(Path explicitFile, UnaryOperator<String> env, Path defaultFile) {
        if (explicitFile != null) {
            if (!Files.isRegularFile(explicitFile)) {
                throw new IllegalArgumentException("pseudonym key file " + explicitFile + " does not exist");
            }
            return fromFile(explicitFile);
        }
        String fromEnv = env.apply(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new PseudonymKey(decode(fromEnv, "environment variable " + ENV_VAR), "environment variable " + ENV_VAR);
        }
        if (Files.isRegularFile(defaultFile)) {
            return fromFile(defaultFile);
        }
        byte[] fresh = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(fresh);
        boolean created = KeyFiles.createOwnerOnly(defaultFile, HexFormat.of().formatHex(fresh) + "\n");
        // Another process may have created the file first; its key, not ours, is the one to use.
        return created ? new PseudonymKey(fresh, "new key file " + defaultFile) : fromFile(defaultFile);
    }

    /**
     * Where the generated key lives: {@code $XDG_CONFIG_HOME/starling/pseudonym.key}, else
     * {@code ~/.config/starling/pseudonym.key}.
     */
    public static Path defaultFile(UnaryOperator<String> env) {
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("starling").resolve("pseudonym.key");
    }

    private static PseudonymKey fromFile(Path file) {
        KeyFiles.warnIfReadableByOthers(file);
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            return new PseudonymKey(decode(text, "key file " + file), "key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pseudonym key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Hex (64 digits for 32 bytes) or base64 text; the error never repeats the text itself. */
    static byte[] decode(String text, String where) {
        String t = text.strip();
        if (t.length() % 2 == 0 && t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return HexFormat.of().parseHex(t.toLowerCase(Locale.ROOT));
        }
        try {
            return Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException notBase64) {
            try {
                return Base64.getUrlDecoder().decode(t);
            } catch (IllegalArgumentException notBase64Url) {
                throw new IllegalArgumentException("pseudonym key in " + where + " is neither hex nor base64");
            }
        }
    }

    /** A copy of the key bytes. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** Where the key came from (a file path or the variable name; never the key). */
    public String source() {
        return source;
    }

    /**
     * Whether both keys are the same bytes (constant time). There is deliberately no equals/hashCode:
     * a hash code derived from the key would be a small leak wherever keys end up in hash maps.
     */
    public boolean sameAs(PseudonymKey other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + bytes.length + " bytes from " + source + "]";
    }
}
