package dev.starling.engine.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutation fuzzing for weight-file readers: the mutants of a valid file (every truncation length,
 * an absurd 64-bit and 32-bit value at every header position, random byte flips, random absurd
 * values) are each opened and read completely; a reader may accept a mutant or reject it with a
 * {@link WeightFormatException}, and anything else (another exception, an out-of-memory error, a
 * JVM-killing allocation) fails the test with the mutation that caused it. Seeded, so a failure
 * reproduces.
 */
public final class FormatFuzzer {
    /** Opens a file and touches everything in it (metadata, every tensor widened to F32). */
    public interface Reader {
        void readAll(Path file) throws IOException;
    }

    /** One mutant and how it was made. */
    public record Mutant(String how, byte[] bytes) {
    }

    private static final long[] ABSURD_64 = {1L << 62, Long.MAX_VALUE, -1L, 1L << 32, Integer.MAX_VALUE, 1L << 40};
    private static final int[] ABSURD_32 = {-1, Integer.MAX_VALUE, 1 << 20, 5, 64};

    private FormatFuzzer() {
    }

    /** The standard mutants of {@code valid}, whose header (the structured part) is {@code [0, headerEnd)}. */
    public static List<Mutant> mutants(byte[] valid, int headerEnd, long seed, int randomCases) {
        List<Mutant> out = new ArrayList<>();
        int step = Math.max(1, valid.length / 800);
        for (int len = 0; len < valid.length; len += step) {
            out.add(new Mutant("truncated to " + len, java.util.Arrays.copyOf(valid, len)));
        }
        for (int at = 0; at + 8 <= headerEnd; at++) {
            out.add(put(valid, at, 1L << 62, 8));
        }
        for (int at = 0; at + 4 <= headerEnd; at++) {
            out.add(put(valid, at, 0xffff_ffffL, 4));
        }
        Random r = new Random(seed);
        for (int k = 0; k < randomCases; k++) {
            int at = r.nextInt(Math.max(1, headerEnd - 8));
            out.add(switch (k % 3) {
                case 0 -> put(valid, at, ABSURD_64[r.nextInt(ABSURD_64.length)], 8);
                case 1 -> put(valid, at, ABSURD_32[r.nextInt(ABSURD_32.length)], 4);
                default -> flip(valid, r, headerEnd, 1 + r.nextInt(4));
            });
        }
        return out;
    }

    private static Mutant put(byte[] valid, int at, long value, int width) {
        byte[] b = valid.clone();
        for (int k = 0; k < width; k++) {
            b[at + k] = (byte) (value >>> (8 * k));
        }
        return new Mutant(width * 8 + "-bit " + Long.toUnsignedString(value) + " at " + at, b);
    }

    private static Mutant flip(byte[] valid, Random r, int headerEnd, int count) {
        byte[] b = valid.clone();
        StringBuilder how = new StringBuilder("flipped");
        for (int k = 0; k < count; k++) {
            int at = r.nextInt(headerEnd);
            int mask = 1 + r.nextInt(255);
            b[at] ^= (byte) mask;
            how.append(' ').append(at).append('^').append(mask);
        }
        return new Mutant(how.toString(), b);
    }

    /** A mutant from a function of the valid bytes (for format-specific cases). */
    public static Mutant custom(String how, byte[] valid, UnaryOperator<byte[]> f) {
        return new Mutant(how, f.apply(valid.clone()));
    }

    /**
     * Reads every mutant; returns how many were rejected. Fails on any throwable other than
     * {@link WeightFormatException}.
     */
    public static int run(Path dir, List<Mutant> mutants, Reader reader) throws IOException {
        int rejected = 0;
        for (int k = 0; k < mutants.size(); k++) {
            Mutant m = mutants.get(k);
            // A fresh name each time: rewriting one file in place makes ext4 flush it on close (5 ms).
            Path file = dir.resolve("mutant-" + k + ".bin");
            Files.write(file, m.bytes());
            try {
                reader.readAll(file);
            } catch (WeightFormatException expected) {
                assertTrue(expected.getMessage().startsWith(file.toString()), "message names the file: " + expected);
                rejected++;
            } catch (Throwable t) {
                fail("mutant '" + m.how() + "' threw " + t, t);
            } finally {
                Files.delete(file);
            }
        }
        return rejected;
    }
}
