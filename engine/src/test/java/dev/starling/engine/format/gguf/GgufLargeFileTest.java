package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tensor at a data offset past 4 GiB, in a sparse file (the zeros are a hole, so the test writes a
 * few hundred bytes): offsets are longs throughout, and a 4 GiB tensor, which cannot be one Java
 * buffer, fails with a clear error instead of overflowing.
 */
class GgufLargeFileTest {
    private static final long BIG = 1L << 32; // 2^30 F32 elements

    @TempDir
    Path dir;

    @Test
    void tensorBeyondFourGibibytesIsRead() throws IOException {
        ByteBuffer h = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(GgufHeader.MAGIC).putInt(3).putLong(2).putLong(0);
        tensorInfo(h, "big", 1L << 30, 0);
        tensorInfo(h, "tail", 8, BIG);
        int dataStart = (h.position() + 31) / 32 * 32;
        Path file = dir.resolve("big.gguf");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            ch.write(h.flip());
            ByteBuffer tail = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
            tail.asFloatBuffer().put(new float[] {1.5f, -10, 0, 0, 0, 0, 0, 7});
            ch.write(tail, dataStart + BIG);
        }
        try (GgufFile g = GgufFile.open(file)) {
            assertEquals(dataStart, g.dataStart());
            assertEquals(BIG, g.tensorInfo("big").byteSize());
            assertArrayEquals(new float[] {1.5f, -10, 0, 0, 0, 0, 0, 7}, g.tensor("tail").f32());
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> g.tensor("big"));
            assertTrue(e.getMessage().contains("over 2 GiB"), e.getMessage());
        }
    }

    private static void tensorInfo(ByteBuffer b, String name, long elements, long offset) {
        b.putLong(name.length()).put(name.getBytes()).putInt(1).putLong(elements).putInt(GgmlType.F32.id()).putLong(offset);
    }
}
