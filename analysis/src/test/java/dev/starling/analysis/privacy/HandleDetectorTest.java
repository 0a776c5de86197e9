package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandleDetectorTest {
    private final HandleDetector detector = new HandleDetector();

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("great talk @Some_User99!", "@Some_User99"),
                Cases.finds("cc @lower and @UPPER", "@lower", "@UPPER"),
                Cases.finds("follow @user@mastodon.social for more", "@user@mastodon.social"),
                Cases.finds("on bluesky: @alice.bsky.social.", "@alice.bsky.social"),
                Cases.finds(".@Bob_2 thanks for nothing", "@Bob_2"),
                Cases.finds("RT @news_bot: breaking", "@news_bot"),
                Cases.finds("(@jp_user) said so", "@jp_user"),
                Cases.finds("こんにちは@tanaka_taroさん", "@tanaka_taro"),
                Cases.finds("Привет, @ivan_petrov!", "@ivan_petrov"),
                Cases.finds("merci «@french_user»", "@french_user"),
                Cases.finds("@123numbers first", "@123numbers"),
                Cases.finds("that's @alice's post, not @bob.", "@alice", "@bob"),
                Cases.finds("@a_b_c_d_e_f_g_h @x", "@a_b_c_d_e_f_g_h", "@x"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("mail john.doe@example.com please"),
                Cases.none("josé@example.com is an address"),
                Cases.none("meet @ 5pm"),
                Cases.none("a@b and 100@"),
                Cases.none("#hashtag only"),
                Cases.none("just @ and @@ and @-dash"),
                Cases.none("user@instance.social without a leading at"),
                Cases.none("foo_@bar and x+@y"),
                Cases.none("price 5@10"),
                Cases.none("日本語だけ、メンションなし"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsHandlesOfAnyCase(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void ignoresAddressesAndLoneAt(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }
}
