package dev.starling.analysis.readers.fields;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Timestamps as the sources write them: ISO-8601 with or without offset (no offset means UTC),
 * {@code yyyy-MM-dd HH:mm:ss[.fff]}, a bare date, epoch seconds or milliseconds (integral, decimal
 * or as a string), and the X v1.1 form {@code Wed Oct 10 20:19:24 +0000 2018}.
 */
public final class Timestamps {
    /**
     * Epoch values at or above this are milliseconds: 1e11 seconds is the year 5138, while
     * 1e11 milliseconds is March 1973, before any social network.
     */
    private static final double MILLIS_THRESHOLD = 1e11;
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,16}(\\.\\d+)?");
    private static final DateTimeFormatter X_V1 = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    /** ISO date, then optionally 'T' or space, time, fraction and offset (Z, +01:00, +0100, +01). */
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private Timestamps() {
    }

    /** Parses a timestamp string; throws {@link DateTimeException} when no known form matches. */
    public static Instant parse(String raw) {
        String s = raw.trim();
        if (EPOCH.matcher(s).matches()) {
            return ofEpoch(new BigDecimal(s));
        }
        try {
            // chosen by the first character, not by trial and error: a failed parse costs an exception
            return !s.isEmpty() && Character.isLetter(s.charAt(0)) ? OffsetDateTime.parse(s, X_V1).toInstant() : iso(s);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("unrecognised timestamp '" + raw + "'");
        }
    }

    private static Instant iso(String s) {
        Instant fast = IsoFastPath.parse(s);
        if (fast != null) {
            return fast;
        }
        if (s.endsWith(" UTC") || s.endsWith(" GMT")) {
            s = s.substring(0, s.length() - 4) + "Z";
        }
        var parsed = ISO_LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (parsed instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Epoch seconds, or milliseconds when the value is too large to be seconds. */
    public static Instant ofEpoch(Number n) {
        return ofEpoch(n instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal(n.toString()));
    }

    private static Instant ofEpoch(BigDecimal v) {
        BigDecimal seconds = v.abs().doubleValue() >= MILLIS_THRESHOLD ? v.movePointLeft(3) : v;
        long whole = seconds.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
