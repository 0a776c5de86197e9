package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailDetectorTest {
    private final EmailDetector detector = new EmailDetector();

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("DM me or write to john.doe@example.com for the slides", "john.doe@example.com"),
                Cases.finds("plus addressing works: jane+newsletter@gmail.com!", "jane+newsletter@gmail.com"),
                Cases.finds("subdomains: a.b-c_d@mail.eng.example.co.uk.", "a.b-c_d@mail.eng.example.co.uk"),
                Cases.finds("Schreib mir an müller@beispiel.de, danke!", "müller@beispiel.de"),
                Cases.finds("Пишите: иван@пример.рф — отвечу", "иван@пример.рф"),
                Cases.finds("请联系zhang.wei@example.cn谢谢", "zhang.wei@example.cn"),
                Cases.finds("メールはtanaka@example.jpまでお願いします", "tanaka@example.jp"),
                Cases.finds("راسلني على ahmed.k@example.sa شكرا", "ahmed.k@example.sa"),
                Cases.finds("<a href=\"mailto:support@starling.dev\">mail</a>", "support@starling.dev"),
                Cases.finds("(contact: o'brien@example.ie)", "o'brien@example.ie"),
                Cases.finds("SHOUTING: BOB@EXAMPLE.ORG", "BOB@EXAMPLE.ORG"),
                Cases.finds("punycode info@xn--mnchen-3ya.de works", "info@xn--mnchen-3ya.de"),
                Cases.finds("reach out...bob@example.com", "bob@example.com"),
                Cases.finds("RT @news: tips to tips@news.example.com and a@b.io", "tips@news.example.com", "a@b.io"),
                Cases.finds("https://example.com/unsubscribe?email=eve@example.net&x=1", "eve@example.net"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("thanks @alice, see you at the meetup"),
                Cases.none("follow me at @user@mastodon.social for updates"),
                Cases.none("meet me @ 5pm near the station"),
                Cases.none("no domain: a@b"),
                Cases.none("local only: root@localhost"),
                Cases.none("numbers are not a TLD: email@123.123"),
                Cases.none("5@10.00 per kilo"),
                Cases.none("one-letter TLD bob@example.c"),
                Cases.none("credentials in a URL https://bob:hunter2@example.com/admin are a secret, not a mail"),
                Cases.none("bad label name@-example.com"),
                Cases.none("dot before at: john.@example.com"),
                Cases.none("foo@.com and @@@@ and @"),
                Cases.none("日本語のツイート、メールなし @なし"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsAddresses(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresLookAlikes(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }
}
