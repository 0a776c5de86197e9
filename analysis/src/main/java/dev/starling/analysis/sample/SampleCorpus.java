package dev.starling.analysis.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the bundled sample: six files of synthetic posts in the public formats of X (API v2 and account
 * archive), Reddit (Pushshift), Mastodon, Bluesky and a Weibo CSV export, plus {@code MANIFEST.json} (the
 * ground truth: counts, spam and abuse post ids, planted personal data, malformed records) and a README.
 * The same seed always gives the same bytes; the committed copy lives in {@code examples/sample}.
 *
 * <p>Regenerate with {@code java -cp engine/target/classes:analysis/target/classes
 * dev.starling.analysis.sample.SampleCorpus examples/sample}.
 */
public final class SampleCorpus {
    /** The seed of the committed sample. */
    public static final long DEFAULT_SEED = 20260601L;
    /** Where the committed sample lives, relative to the repository root. */
    public static final String DIRECTORY = "examples/sample";
    /** The manifest's file name. */
    public static final String MANIFEST = "MANIFEST.json";

    private SampleCorpus() {
    }

    /**
     * Generates the sample with {@code seed} into {@code dir} (created if needed; files of the same names are
     * replaced, others left alone).
     *
     * @return the files written, in a fixed order
     */
    public static List<Path> write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : render(seed).entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            written.add(p);
        }
        return written;
    }

    /** File name → content, in a fixed order. */
    static Map<String, String> render(long seed) {
        Phrasebook book = Phrasebook.load();
        Names names = Names.load();
        Random root = new Random(seed);
        PersonalData personal = new PersonalData(new Random(root.nextLong()));
        Map<Template, Integer> uses = new HashMap<>(); // spreads templates over the whole sample
        Map<String, String> out = new LinkedHashMap<>();
        List<FileReport> reports = new ArrayList<>();
        for (SampleFile file : files()) {
            Random rnd = new Random(root.nextLong());
            PlatformPlan plan = file.plan();
            Cast cast = Cast.build(plan, names, rnd);
            Composer composer = new Composer(plan, cast, book, personal, uses, rnd);
            List<Draft> drafts = new Planner(plan, cast, book, composer, rnd).drafts();
            FileReport report = new FileReport(file.name(), file.format(), file.description(), file.languageField());
            out.put(file.name(), file.render(drafts, rnd, report));
            reports.add(report);
        }
        out.put(MANIFEST, Manifest.json(seed, reports));
        out.put("README.md", Manifest.readme(seed, reports));
        return out;
    }

    private static List<SampleFile> files() {
        return List.of(new XApiV2File(), new XArchiveFile(), new RedditFile(), new MastodonFile(), new BlueskyFile(),
                new WeiboCsvFile());
    }

    /** Regenerates the sample: {@code [directory [seed]]}, by default examples/sample and the default seed. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DIRECTORY);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        for (Path p : write(dir, seed)) {
            System.out.println("wrote " + p + " (" + Files.size(p) + " bytes)");
        }
    }
}
