package dev.starling.analysis.privacy;

/** Strict syntax check of an IPv6 address literal (RFC 4291 section 2.2 text forms). */
final class Ipv6 {
    private Ipv6() {
    }

    /**
     * Whether {@code s} is an IPv6 address: eight 1–4 digit hex groups, or fewer with exactly one
     * {@code ::} standing for the missing zero groups, the last two groups optionally written as a
     * dotted IPv4 address. Addresses with fewer than two non-zero-length groups ({@code ::},
     * {@code ::1}) are rejected too: they are not personal and "::" is common in code.
     */
    static boolean isValid(String s) {
        int dc = s.indexOf("::");
        if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
            return false;
        }
        String head = dc >= 0 ? s.substring(0, dc) : s;
        String tail = dc >= 0 ? s.substring(dc + 2) : "";
        String[] h = head.isEmpty() ? new String[0] : head.split(":", -1);
        String[] t = tail.isEmpty() ? new String[0] : tail.split(":", -1);
        int groups = 0;
        String[][] parts = {h, t};
        for (int p = 0; p < 2; p++) {
            String[] part = parts[p];
            for (int k = 0; k < part.length; k++) {
                boolean last = (p == 1 || dc < 0) && k == part.length - 1;
                int size = groupSize(part[k], last);
                if (size < 0) {
                    return false;
                }
                groups += size;
            }
        }
        int nonEmpty = h.length + t.length;
        if (dc < 0) {
            return groups == 8;
        }
        return groups <= 7 && nonEmpty >= 2;
    }

    /** How many 16-bit groups {@code g} stands for (1, or 2 for a trailing IPv4), or -1 if malformed. */
    private static int groupSize(String g, boolean last) {
        if (last && g.indexOf('.') >= 0) {
            return isIpv4(g) ? 2 : -1;
        }
        if (g.isEmpty() || g.length() > 4) {
            return -1;
        }
        for (int k = 0; k < g.length(); k++) {
            if (Character.digit(g.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return 1;
    }

    private static boolean isIpv4(String g) {
        String[] o = g.split("\\.", -1);
        if (o.length != 4) {
            return false;
        }
        for (String x : o) {
            if (x.isEmpty() || x.length() > 3 || (x.length() > 1 && x.charAt(0) == '0')
                    || !x.chars().allMatch(Character::isDigit) || Integer.parseInt(x) > 255) {
                return false;
            }
        }
        return true;
    }
}
