package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offsets past 2 GB, in a sparse file (the 2.5 GB of zeros are a hole, so the test writes a few
 * hundred bytes): the reader addresses the data with longs, not ints.
 */
class SafetensorsLargeFileTest {
    private static final long BIG = 2_500_000_000L;

    @TempDir
    Path dir;

    @Test
    void tensorBeyondTwoGigabytesIsRead() throws IOException {
        String header = "{\"big\":{\"dtype\":\"U8\",\"shape\":[50000,50000],\"data_offsets\":[0," + BIG + "]},"
                + "\"tail\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[" + BIG + "," + (BIG + 8) + "]}}";
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("big.safetensors");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            ch.write(ByteBuffer.wrap(Fixtures.le64(h.length)));
            ch.write(ByteBuffer.wrap(h));
            ch.write(ByteBuffer.wrap(Fixtures.hex("0000C03F 000020C1")), 8 + h.length + BIG); // 1.5, -10
        }
        try (WeightFile f = new SafetensorsFormat().open(file)) {
            assertEquals(2, f.names().size());
            assertArrayEquals(new float[] {1.5f, -10f}, f.tensor("tail").f32());
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> f.tensor("big"));
            assertTrue(e.getMessage().contains("big.safetensors") && e.getMessage().contains("2500000000 elements"),
                    e.getMessage());
        }
    }
}
