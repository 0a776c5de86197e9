package dev.starling.analysis.zh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weibo2018 line format, skip-and-report, and the deduplicated seeded split, on made-up lines. */
class WeiboDataTest {
    @Test
    void readsMidLabelTextAndReportsBadLines(@TempDir Path root) throws IOException {
        Path file = root.resolve(WeiboData.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "111,1,今天很开心，谢谢，大家",
                "222,0,服务太差了",
                "333,2,不是标签",
                "no commas here",
                "444,1,",
                "",
                "555,0,{%#话题#%} 文字, 还有逗号") + "\n", StandardCharsets.UTF_8);
        WeiboData.Loaded d = WeiboData.read(root);
        assertEquals(List.of("111", "222", "555"), d.posts().stream().map(WeiboPost::mid).toList());
        assertEquals("今天很开心，谢谢，大家", d.posts().get(0).text());
        assertEquals("{%#话题#%} 文字, 还有逗号", d.posts().get(2).text());
        assertTrue(d.posts().get(0).positive());
        assertFalse(d.posts().get(1).positive());
        assertEquals(3, d.problems().size(), d.problems().toString());
        assertTrue(d.problems().get(0).startsWith("train.txt:3"), d.problems().get(0));
    }

    @Test
    void splitDropsCopiesHoldsOutEachLabelAndKeepsTestOutOfTraining() {
        List<WeiboPost> posts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            posts.add(new WeiboPost("m" + i, "帖子" + i, i < 60));
        }
        posts.add(new WeiboPost("copy", "帖子\u200b1", true));  // same text as m1, same label
        posts.add(new WeiboPost("x1", "两种标签", true));
        posts.add(new WeiboPost("x2", "两种标签", false));
        WeiboData.Split s = WeiboData.stratified(posts, 0.2, 5);
        assertEquals(1, s.duplicates());
        assertEquals(2, s.conflicts());
        assertEquals(12, s.test().stream().filter(WeiboPost::positive).count());
        assertEquals(8, s.test().stream().filter(p -> !p.positive()).count());
        Set<String> trainMids = new HashSet<>();
        Set<String> trainKeys = new HashSet<>();
        s.train().forEach(p -> {
            trainMids.add(p.mid());
            trainKeys.add(WeiboData.key(p.text()));
        });
        for (WeiboPost p : s.test()) {
            assertFalse(trainMids.contains(p.mid()));
            assertFalse(trainKeys.contains(WeiboData.key(p.text())));
        }
        assertEquals(s.test(), WeiboData.stratified(posts, 0.2, 5).test(), "same seed, same split");
    }
}
