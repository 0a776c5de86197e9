/**
 * X (Twitter): API v2 responses ({@code {"data":[…],"includes":{…}}}, as documents or one response
 * or tweet per line) and the account archive's {@code tweets.js}. v2 tweets name their author by id
 * only; the author's handle, name and follower count come from {@code includes.users}, and media
 * from {@code includes.media} via {@code attachments.media_keys}. Both APIs escape {@code & < >} in
 * tweet text as HTML entities, which are decoded so the text reads as it was written.
 */
package dev.starling.analysis.readers.x;
