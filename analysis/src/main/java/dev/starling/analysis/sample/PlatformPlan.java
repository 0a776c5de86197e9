package dev.starling.analysis.sample;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sample file holds and how its platform behaves.
 *
 * @param network   whose conventions apply
 * @param counts    how many posts, and how many of them are spam, abuse or carry personal data
 * @param mix       language → relative share of the posts (insertion order is kept)
 * @param spamLangs the language of each spam account
 * @param castSize  roughly how many ordinary accounts to invent
 * @param style     how posts relate and look on this platform
 */
record PlatformPlan(Network network, Counts counts, Map<String, Integer> mix, List<String> spamLangs, int castSize,
                    Style style) {

    /** Post counts; spam, abuse and personal-data posts are disjoint and part of {@code posts}. */
    record Counts(int posts, int spam, int abuse, int pii) {
    }

    /**
     * @param reply          share of ordinary posts that answer an earlier post
     * @param quote          share that quote one
     * @param repost         share that repost one
     * @param tags           chance of appending storyline hashtags
     * @param photo          chance of attaching a photo
     * @param leadingMention whether a reply starts with "@handle " (X, Mastodon)
     * @param titles         whether originals are submissions with a title (Reddit)
     * @param singleAuthor   whether one account wrote everything (an account archive); its replies go to
     *                       posts outside the file
     * @param crossLang      how likely a reply crosses languages, relative to staying in one
     * @param pii            the kinds of personal data that can appear in plain text here
     */
    record Style(double reply, double quote, double repost, double tags, double photo, boolean leadingMention,
                 boolean titles, boolean singleAuthor, double crossLang, Set<PiiType> pii) {
    }
}
