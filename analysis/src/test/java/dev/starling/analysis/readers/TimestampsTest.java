package dev.starling.analysis.readers;

import dev.starling.analysis.readers.fields.Timestamps;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every timestamp form the sources use, and a clear failure for anything else. */
class TimestampsTest {
    private static final Instant T = Instant.parse("2018-10-10T20:19:24Z");

    @Test
    void isoForms() {
        assertEquals(T, Timestamps.parse("2018-10-10T20:19:24Z"));
        assertEquals(T, Timestamps.parse("2018-10-10T20:19:24.000Z"));
        assertEquals(T, Timestamps.parse("2018-10-10T22:19:24+02:00"));
        assertEquals(T, Timestamps.parse("2018-10-10T22:19:24+0200"));
        assertEquals(T, Timestamps.parse("2018-10-10T20:19:24"), "no offset means UTC");
        assertEquals(T, Timestamps.parse("2018-10-10 20:19:24"));
        assertEquals(T, Timestamps.parse("2018-10-10 20:19:24 UTC"));
        assertEquals(T, Timestamps.parse("2018-10-10 20:19:24+00:00"), "pandas writes this");
        assertEquals(T.plusMillis(250), Timestamps.parse("2018-10-10 20:19:24.250"));
        assertEquals(Instant.parse("2018-10-10T00:00:00Z"), Timestamps.parse("2018-10-10"));
    }

    @Test
    void epochAndXForms() {
        assertEquals(T, Timestamps.parse("1539202764"));
        assertEquals(T, Timestamps.parse("1539202764000"), "milliseconds");
        assertEquals(T.plusMillis(500), Timestamps.parse("1539202764.5"));
        assertEquals(T, Timestamps.ofEpoch(1539202764L));
        assertEquals(T.plusMillis(250), Timestamps.ofEpoch(1539202764.25));
        assertEquals(T, Timestamps.parse("Wed Oct 10 20:19:24 +0000 2018"));
    }

    @Test
    void unknownFormsFailClearly() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> Timestamps.parse("yesterday at noon"));
        assertEquals("unrecognised timestamp 'yesterday at noon'", e.getMessage());
        assertThrows(DateTimeException.class, () -> Timestamps.parse("10/10/2018"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2018-13-45T99:00:00Z"));
    }
}
