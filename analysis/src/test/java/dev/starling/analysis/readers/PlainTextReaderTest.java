package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain text: one post per non-blank line, id = line number, bad bytes replaced. */
class PlainTextReaderTest {
    @Test
    void oneNonBlankLineIsOnePost() throws IOException {
        Samples.Read r = Samples.read("posts.txt");
        assertEquals("text", r.format());
        assertEquals(17, r.posts().size(), "19 lines, two of them blank");
        Post first = r.posts().get(0);
        assertEquals(Post.of("1", Platform.TEXT, "Just a plain line of text, with a comma"), first);
        assertEquals("After a blank line 👩‍❤️‍👨", r.byId("4").text());
        assertEquals("مرحبا بالعالم", r.byId("5").text());
        assertEquals("你好，世界！这是一个纯文本帖子。", r.byId("6").text());
        assertEquals("Trailing spaces stay   ", r.byId("8").text());
        assertEquals(List.of("1", "2", "4", "5", "6", "8", "9"), r.posts().subList(0, 7).stream().map(Post::id).toList());
    }

    @Test
    void postsCanBeTakenAsAStream() throws IOException {
        try (PostStream s = PostReaders.open(Samples.path("posts.txt"), java.util.Optional.empty());
             java.util.stream.Stream<Post> posts = s.stream()) {
            assertEquals(List.of("1", "2", "4"), posts.limit(3).map(Post::id).toList());
            assertEquals(3, s.report().postsProduced(), "counted as handed out, not as read ahead");
        }
    }

    @Test
    void invalidUtf8IsReplacedWithAWarningOnItsLine() throws IOException {
        Samples.Read r = Samples.read("posts.txt");
        assertEquals("Line t\uFFFDn", r.byId("11").text());
        assertEquals(1, r.report().warningCount());
        assertEquals(11, r.report().warnings().get(0).line());
        assertTrue(r.report().warnings().get(0).message().contains("invalid UTF-8"));
        assertEquals("Line eleven", r.byId("12").text(), "the next line is untouched");
    }
}
