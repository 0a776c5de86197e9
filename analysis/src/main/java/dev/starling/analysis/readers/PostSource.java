package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;

import java.io.IOException;

/** A format's pull side: the next post, or null when the input is exhausted. */
@FunctionalInterface
public interface PostSource {
    Post next() throws IOException;
}
