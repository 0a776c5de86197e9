package dev.starling.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlSecretDetectorTest {
    private final UrlSecretDetector detector = new UrlSecretDetector();

    static Stream<Arguments> positives() {
        return Stream.of(
                Cases.finds("reset link https://example.com/reset?token=abc123XYZ lol", "abc123XYZ"),
                Cases.finds("https://app.example/cb#access_token=eyJhbGciOi.x.y&expires_in=3600", "eyJhbGciOi.x.y"),
                Cases.finds("https://api.example.com/v1/q?format=json&api_key=AKIA123&x=1", "AKIA123"),
                Cases.finds("https://maps.example.com/js?apikey=AIzaSyD-9tSrke72&libraries=places", "AIzaSyD-9tSrke72"),
                Cases.finds("https://bucket.s3.amazonaws.com/a.jpg?X-Amz-Credential=AKIA%2F2024&X-Amz-Signature=deadbeef01",
                        "AKIA%2F2024", "deadbeef01"),
                Cases.finds("https://acct.blob.core.windows.net/c/f?sv=2022&sig=Zm9vYmFy%3D", "Zm9vYmFy%3D"),
                Cases.finds("oauth https://example.com/callback?code=4/0AY0e-g7Q&state=xyz", "4/0AY0e-g7Q", "xyz"),
                Cases.finds("old site http://example.com/login.php?user=bob&password=hunter2.", "hunter2"),
                Cases.finds("www.example.com/login?pwd=s3cret&sessionid=9f8e7d", "s3cret", "9f8e7d"),
                Cases.finds("schemeless example.org/dl?auth=xyz987", "xyz987"),
                Cases.finds("https://bob:hunter2@example.com/admin", "hunter2"),
                Cases.finds("このリンク https://example.jp/dl?token=QWERTY123 は秘密", "QWERTY123"),
                Cases.finds("https://example.com/x?client_secret=abc&refresh_token=def&KEY=ghi", "abc", "def", "ghi"),
                Cases.finds("https://example.com/x?user%5Bpassword%5D=pw1", "pw1"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Cases.none("https://example.com/search?q=privacy&lang=en"),
                Cases.none("https://x.com/user/status/123?s=20&t=Kx9abc"),
                Cases.none("no URL here: my token=abc123 lol"),
                Cases.none("https://example.com/shop?monkey=banana&keyword=privacy"),
                Cases.none("https://example.com/docs#section-2"),
                Cases.none("https://example.com/list?page=2&size=10&sort=signature_date"),
                Cases.none("https://example.com/?token=&x=1"),
                Cases.none("https://example.com/?passage=3&author=bob"),
                Cases.none("plain text with ?token=abc but no URL"),
                Cases.none("https://t.co/AbC123xyz"));
    }

    @ParameterizedTest
    @MethodSource("positives")
    void findsSecretValuesOnly(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void leavesOrdinaryParametersAlone(String text, List<String> expected) {
        assertEquals(expected, Cases.found(detector, text));
    }
}
