package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormatException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed access: widening of unsigned values, range checks, missing vs wrong-typed keys. */
class GgufMetadataTest {
    private final GgufMetadata m = new GgufMetadata("test.gguf", GgufRoundTripTest.everyValueType());

    @Test
    void integersWidenAndUnsignedStayPositive() {
        assertEquals(255, m.getInt("u8"));
        assertEquals(-128, m.getInt("i8"));
        assertEquals(0xfffe, m.getInt("u16"));
        assertEquals(-7, m.getInt("i32"));
        assertEquals(0xffff_fff0L, m.getLong("u32"));
        assertEquals(Long.MIN_VALUE, m.getLong("i64"));
        assertArrayEquals(new long[] {0xffff_ffffL, 5}, m.getLongArray("a.u32"));
        assertArrayEquals(new int[] {0, 1, 255}, m.getIntArray("a.u8"));
        assertArrayEquals(new int[] {1, -2, 3}, m.getIntArray("a.i32"));
    }

    @Test
    void valuesThatDoNotFitAreErrorsNamingFileAndKey() {
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> m.getInt("u32"));
        assertTrue(e.getMessage().startsWith("test.gguf") && e.getMessage().contains("'u32'"), e.getMessage());
        assertThrows(WeightFormatException.class, () -> m.getLong("u64"));
        assertThrows(WeightFormatException.class, () -> m.getIntArray("a.u32"));
        assertThrows(WeightFormatException.class, () -> m.getLongArray("a.f32"));
    }

    @Test
    void missingAndWrongTypes() {
        assertFalse(m.optString("nope").isPresent());
        assertFalse(m.optInt("nope").isPresent());
        assertFalse(m.optFloatArray("nope").isPresent());
        assertThrows(WeightFormatException.class, () -> m.getString("nope"));
        assertThrows(WeightFormatException.class, () -> m.getString("i32"));
        assertThrows(WeightFormatException.class, () -> m.optInt("general.architecture"));
        assertThrows(WeightFormatException.class, () -> m.getStringArray("a.i32"));
        assertThrows(WeightFormatException.class, () -> m.getFloat("i32"));
        assertThrows(WeightFormatException.class, () -> m.getIntArray("i32"));
    }

    @Test
    void floatsStringsAndArrays() {
        assertEquals((float) Math.PI, m.getFloat("f64"));
        assertTrue(m.getBoolean("bool"));
        assertEquals("starling-test ✓", m.getString("general.architecture"));
        assertArrayEquals(new String[] {"a", "", "ünï", "<0x0A>"}, m.getStringArray("a.str"));
        assertArrayEquals(new float[] {Float.POSITIVE_INFINITY}, m.getFloatArray("a.f64"), "1e300 narrowed");
        String[] copy = m.getStringArray("a.str");
        copy[0] = "changed";
        assertEquals("a", m.getStringArray("a.str")[0], "arrays are returned as copies");
        assertEquals(0, m.getStringArray("a.empty").length);
        assertEquals(Map.copyOf(GgufRoundTripTest.everyValueType()).keySet(), m.keys());
    }
}
