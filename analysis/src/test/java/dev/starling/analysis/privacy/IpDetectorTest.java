package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IpDetectorTest {
    private final IpDetector detector = new IpDetector();

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("my home IP is 192.168.1.23, don't hack me", "192.168.1.23"),
                Cases.finds("ssh to 10.0.0.1:22 failed", "10.0.0.1"),
                Cases.finds("DNS 8.8.8.8.", "8.8.8.8"),
                Cases.finds("broadcast 255.255.255.255 and 0.0.0.0", "255.255.255.255", "0.0.0.0"),
                Cases.finds("服务器IP是203.0.113.7，请勿攻击", "203.0.113.7"),
                Cases.finds("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 here",
                        "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
                Cases.finds("compressed 2001:db8::ff00:42:8329 ok", "2001:db8::ff00:42:8329"),
                Cases.finds("link-local fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
                Cases.finds("mapped ::ffff:192.0.2.128 seen", "::ffff:192.0.2.128"),
                Cases.finds("prefix 2001:db8:: routed", "2001:db8::"),
                Cases.finds("URL http://[2001:db8::42]:443/ and http://198.51.100.4/admin",
                        "2001:db8::42", "198.51.100.4"),
                Cases.finds("سجل الدخول من 198.51.100.23 مشبوه", "198.51.100.23"),
                Cases.finds("banned from 2001:db8::1: spam", "2001:db8::1"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("upgrade 1.2.3.4.5 is out"),
                Cases.none("release v1.2.3.4 and version 10.0.0.1 and build 4.2.1.0"),
                Cases.none("not an octet 256.1.1.1 or 1.300.2.3"),
                Cases.none("only three parts 192.168.1"),
                Cases.none("leading zeros 01.02.03.04"),
                Cases.none("at 10:30:45 and 12:34:56:78"),
                Cases.none("std::vector<int> and Foo::bar"),
                Cases.none("MAC 00:1A:2B:3C:4D:5E"),
                Cases.none("glued 1.2.3.4a or x1.2.3.4"),
                Cases.none("just :: or ::1 localhost"),
                Cases.none("two gaps 2001:db8::1::2"),
                Cases.none("too many 1:2:3:4:5:6:7:8:9"),
                Cases.none("price 1,299.99 and 3.14159"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsAddresses(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresVersionsTimesAndCode(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }
}
