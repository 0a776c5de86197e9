package dev.starling.analysis.sample;

import java.time.Instant;
import java.util.Random;

/**
 * Platform id formats, derived from the post time where the platform does so, so that ids sort like the
 * real ones: X snowflakes, Mastodon's millisecond ids, Bluesky TIDs, Reddit base-36 ids.
 */
final class Ids {
    /** Twitter's snowflake epoch, 2010-11-04T01:42:54.657Z. */
    static final long TWITTER_EPOCH_MS = 1288834974657L;
    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** An X post or media id: 41 bits of milliseconds since the epoch, 10 bits of worker, 12 of sequence. */
    static long snowflake(Instant at, Random rnd) {
        return ((at.toEpochMilli() - TWITTER_EPOCH_MS) << 22) | ((long) rnd.nextInt(1024) << 12) | rnd.nextInt(4096);
    }

    /** A Mastodon status id: milliseconds shifted left 16 bits, low bits random. */
    static long mastodon(Instant at, Random rnd) {
        return (at.toEpochMilli() << 16) | rnd.nextInt(65536);
    }

    /** A Bluesky record key (TID): 11 base32-sortable chars of microseconds, 2 of clock id. */
    static String tid(Instant at, Random rnd) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000 + rnd.nextInt(1000);
        return pad(sortable(micros), 11) + pad(sortable(rnd.nextInt(1024)), 2);
    }

    static String did(Random rnd) {
        return "did:plc:" + draw(BASE32, 24, rnd);
    }

    /** A CIDv1 (dag-cbor, sha-256) as Bluesky prints record cids. */
    static String cid(Random rnd) {
        return "bafyrei" + draw(BASE32, 52, rnd);
    }

    /** A CIDv1 (raw, sha-256) as Bluesky prints blob refs. */
    static String blob(Random rnd) {
        return "bafkrei" + draw(BASE32, 52, rnd);
    }

    static String base36(long v) {
        return Long.toString(v, 36);
    }

    static String alnum(int n, Random rnd) {
        return draw(ALNUM, n, rnd);
    }

    static String lowerAlnum(int n, Random rnd) {
        return draw("abcdefghijklmnopqrstuvwxyz0123456789", n, rnd);
    }

    static String digits(int n, Random rnd) {
        return draw("0123456789", n, rnd);
    }

    /** An account id in the platform's format. */
    static String account(Network network, Random rnd) {
        return switch (network) {
            // newer X accounts have 19-digit snowflake ids, older ones short sequential ids
            case X -> rnd.nextInt(10) < 6 ? "1" + digits(18, rnd) : (1 + rnd.nextInt(9)) + digits(7 + rnd.nextInt(3), rnd);
            case REDDIT -> "t2_" + lowerAlnum(rnd.nextBoolean() ? 8 : 6, rnd);
            case MASTODON -> "10" + digits(16, rnd);
            case BLUESKY -> did(rnd);
            case WEIBO -> (1 + rnd.nextInt(7)) + digits(9, rnd);
        };
    }

    private static String sortable(long v) {
        if (v == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        while (v > 0) {
            sb.append(BASE32_SORTABLE.charAt((int) (v % 32)));
            v /= 32;
        }
        return sb.reverse().toString();
    }

    private static String pad(String s, int width) {
        return "2".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String draw(String alphabet, int n, Random rnd) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
