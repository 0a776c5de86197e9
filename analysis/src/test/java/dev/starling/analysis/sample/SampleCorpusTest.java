package dev.starling.analysis.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator is deterministic, and the committed examples/sample is exactly what it generates. */
class SampleCorpusTest {
    @TempDir
    Path fresh;
    @TempDir
    Path again;

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        List<Path> first = SampleCorpus.write(fresh, 42);
        List<Path> second = SampleCorpus.write(again, 42);
        assertEquals(8, first.size(), "six data files, the manifest and the README");
        for (int k = 0; k < first.size(); k++) {
            assertEquals(first.get(k).getFileName(), second.get(k).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(k)), Files.readAllBytes(second.get(k)),
                    first.get(k).getFileName() + " differs between two runs with the same seed");
        }
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        Map<String, String> a = SampleCorpus.render(1);
        Map<String, String> b = SampleCorpus.render(2);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertNotEquals(a.get(file), b.get(file), file + " ignores the seed");
        }
    }

    /** Regenerate with SampleCorpus.main (see examples/sample/README.md) when this fails after a change. */
    @Test
    void committedSampleEqualsAFreshGeneration() throws IOException {
        Path committed = SampleReader.committed();
        SampleCorpus.write(fresh, SampleCorpus.DEFAULT_SEED);
        Set<String> expected = names(fresh);
        assertEquals(expected, names(committed), "examples/sample holds exactly the generated files");
        for (String name : expected) {
            byte[] want = Files.readAllBytes(fresh.resolve(name));
            byte[] have = Files.readAllBytes(committed.resolve(name));
            assertTrue(Arrays.equals(want, have), "examples/sample/" + name + " has drifted from the generator; "
                    + "regenerate it with dev.starling.analysis.sample.SampleCorpus");
        }
    }

    @Test
    void sampleStaysSmall() throws IOException {
        long total = 0;
        for (String name : names(SampleReader.committed())) {
            total += Files.size(SampleReader.committed().resolve(name));
        }
        assertTrue(total < 700_000, "the bundled sample should stay a few hundred KB, is " + total + " bytes");
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
