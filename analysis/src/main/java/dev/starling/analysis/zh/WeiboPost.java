package dev.starling.analysis.zh;

/**
 * One labelled post of the weibo2018 corpus.
 *
 * @param mid      the Weibo message id
 * @param text     the post (emoticons written as {@code [xx]}, topics and links as {@code {%…%}})
 * @param positive the label: true positive (1), false negative (0)
 */
public record WeiboPost(String mid, String text, boolean positive) {
}
