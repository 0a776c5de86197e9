package dev.starling.app.models;

import java.util.Locale;

/** Parsing and printing sizes and counts: "500MB" ↔ bytes, "20ms" → milliseconds, 22.7M parameters. */
final class Sizes {
    private Sizes() {
    }

    static long parseBytes(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
        long unit = 1;
        for (String[] u : new String[][] {{"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"}, {"B", "1"}}) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - u[0].length()).strip();
                break;
            }
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v > 0)) {
                throw new NumberFormatException();
            }
            return (long) (v * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a memory size: '" + s + "' (e.g. 500MB, 2GB)");
        }
    }

    static double parseMillis(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        double unit = 1;
        if (t.endsWith("ms")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
            unit = 1000;
        }
        try {
            double v = Double.parseDouble(t.strip());
            if (!(v > 0)) {
                throw new NumberFormatException();
            }
            return v * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a latency: '" + s + "' (e.g. 20ms, 0.5s)");
        }
    }

    static String bytes(long b) {
        return b >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MB", b / (double) (1L << 20));
    }

    static String count(long n) {
        return n >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", n / 1e6) : String.format(Locale.ROOT, "%.0fk", n / 1e3);
    }
}
