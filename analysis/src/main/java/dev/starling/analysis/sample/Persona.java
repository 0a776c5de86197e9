package dev.starling.analysis.sample;

/**
 * An invented account on one platform.
 *
 * @param id          the platform's account id (numeric for X, Mastodon and Weibo, {@code t2_…} for Reddit,
 *                    a {@code did:plc:…} for Bluesky)
 * @param handle      the username / handle as the platform spells it
 * @param displayName the free-text name shown next to it
 * @param roman       given and family name in Latin letters, used to make plausible e-mail addresses
 * @param lang        the language the account posts in
 * @param server      the Mastodon instance, else null
 * @param followers   follower count
 * @param utcOffset   the hours its local time is ahead of UTC (posting peaks in the local evening)
 * @param spammer     whether it only posts spam
 * @param weight      its share of the activity within its language (Zipf-like)
 */
record Persona(String id, String handle, String displayName, String roman, String lang, String server,
               long followers, int utcOffset, boolean spammer, double weight) {
}
