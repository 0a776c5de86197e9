package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP addresses: dotted IPv4 with every octet 0–255 (no leading zeros), and IPv6 in full,
 * {@code ::}-compressed and IPv4-embedded forms ({@code ::ffff:192.0.2.1}).
 *
 * <p>A dotted quad that is part of a longer dotted number ("1.2.3.4.5"), glued to letters or
 * introduced as a version ("v1.2.3.4", "version 10.0.0.1") is not an address. IPv6 candidates are
 * checked by {@link Ipv6#isValid}, which rejects times ("10:30:45"), MAC addresses and C++'s "::".
 */
public final class IpDetector implements PiiDetector {
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![" + Scripts.SPACED_LETTER + "\\p{N}_.:-])" + OCTET + "(?:\\." + OCTET + "){3}"
                    + "(?![" + Scripts.SPACED_LETTER + "\\p{N}_]|\\.\\d)");

    /** Hex groups and colons, optionally ending in a dotted quad; validated afterwards. */
    private static final Pattern IPV6_CANDIDATE = Pattern.compile(
            "(?<![" + Scripts.SPACED_LETTER + "\\p{N}_:.])[0-9A-Fa-f]{0,4}+(?::[0-9A-Fa-f]{0,4}+){2,8}+(?:\\.\\d{1,3}+){0,3}+"
                    + "(?![" + Scripts.SPACED_LETTER + "\\p{N}_])");

    /** A version label just before the number: "v1.2.3.4", "version 1.2.3.4", "build 10.0.1.2". */
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?i)(?:\\bv|\\bver\\.?|\\bversion|\\brelease|\\bbuild|\\bfirmware|\\bupdate)\\s*$");

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher v4 = IPV4.matcher(text);
        while (v4.find()) {
            if (!VERSION_BEFORE.matcher(text.subSequence(Math.max(0, v4.start() - 12), v4.start())).find()) {
                out.add(new PiiMatch(PiiType.IP, v4.start(), v4.end()));
            }
        }
        Matcher v6 = IPV6_CANDIDATE.matcher(text);
        while (v6.find()) {
            int end = v6.end();
            if (end - v6.start() > 1 && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
                end--; // a sentence colon after the address: "from 2001:db8::1: blocked"
            }
            if (Ipv6.isValid(text.subSequence(v6.start(), end).toString())) {
                out.add(new PiiMatch(PiiType.IP, v6.start(), end));
            }
        }
        return out;
    }
}
