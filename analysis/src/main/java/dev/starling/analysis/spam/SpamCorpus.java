package dev.starling.analysis.spam;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the two spam collections under a data-set root (the layout of ../shared/datasets): the
 * YouTube Spam Collection (five CSV files, one per video; CLASS 1 = spam) and the SMS Spam
 * Collection (one tab-separated file, {@code ham}/{@code spam} then the text). A malformed row is
 * skipped and reported in {@link Loaded#problems()}; a missing collection is an error.
 */
public final class SpamCorpus {
    public static final String YOUTUBE = "youtube";
    public static final String SMS = "sms";
    static final Path YOUTUBE_DIR = Path.of("youtube-spam-collection", "datasets");
    static final Path SMS_FILE = Path.of("sms-spam-collection", "smsspamcollection", "SMSSpamCollection");

    private SpamCorpus() {
    }

    /** Messages in file order, and one line per skipped row. */
    public record Loaded(List<SpamMessage> messages, List<String> problems) {
        public Loaded {
            messages = List.copyOf(messages);
            problems = List.copyOf(problems);
        }
    }

    /** Legitimate tweets taken from the SemEval-2017 training pool (see {@link #tweets}). */
    public static final String TWEETS = "tweets";
    /** How many pool tweets join the training data as legitimate posts. */
    static final int TWEET_HAM = 3000;

    /** All collections: YouTube, then SMS, then legitimate tweets. */
    public static Loaded load(Path datasets) {
        Loaded y = youtube(datasets);
        Loaded s = sms(datasets);
        List<SpamMessage> all = new ArrayList<>(y.messages());
        all.addAll(s.messages());
        all.addAll(tweets(datasets));
        List<String> problems = new ArrayList<>(y.problems());
        problems.addAll(s.problems());
        return new Loaded(all, problems);
    }

    /**
     * Ordinary tweets as legitimate examples. YouTube and SMS ham never carry links, so a model
     * trained on them alone calls every tweet with a URL spam; {@value #TWEET_HAM} tweets of the
     * SemEval-2017 sentiment pool (topic tweets labelled for sentiment, not promotion), chosen by a
     * fixed hash of their text, teach it that links and hashtags are normal on social media.
     */
    public static List<SpamMessage> tweets(Path datasets) {
        List<dev.starling.analysis.tasks.LabeledText> pool = new ArrayList<>(
                dev.starling.analysis.tasks.SemEvalPool.training(datasets).examples());
        pool.sort(java.util.Comparator.comparingInt((dev.starling.analysis.tasks.LabeledText t) -> t.text().hashCode())
                .thenComparing(dev.starling.analysis.tasks.LabeledText::text));
        List<SpamMessage> out = new ArrayList<>(TWEET_HAM);
        for (int i = 0; i < Math.min(TWEET_HAM, pool.size()); i++) {
            out.add(new SpamMessage(TWEETS, "semeval-pool:" + i, pool.get(i).text(), false));
        }
        return out;
    }

    /** The YouTube Spam Collection: every {@code *.csv} under its directory, in name order. */
    public static Loaded youtube(Path datasets) {
        Path dir = datasets.resolve(YOUTUBE_DIR);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the YouTube Spam Collection at " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no CSV files in " + dir);
        }
        List<SpamMessage> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            readYouTubeFile(f, out, problems);
        }
        return new Loaded(out, problems);
    }

    private static void readYouTubeFile(Path file, List<SpamMessage> out, List<String> problems) {
        String name = file.getFileName().toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            List<String> header = csv.next();
            int id = header == null ? -1 : header.indexOf("COMMENT_ID");
            int content = header == null ? -1 : header.indexOf("CONTENT");
            int label = header == null ? -1 : header.indexOf("CLASS");
            if (content < 0 || label < 0) {
                problems.add(name + ": no CONTENT and CLASS columns in the header; file skipped");
                return;
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                String where = name + ":" + csv.recordLine();
                if (row.size() != header.size()) {
                    problems.add(where + ": " + row.size() + " fields, expected " + header.size());
                    continue;
                }
                String cls = row.get(label).strip();
                String text = row.get(content);
                if (!cls.equals("0") && !cls.equals("1")) {
                    problems.add(where + ": CLASS is '" + cls + "', expected 0 or 1");
                } else if (text.isBlank()) {
                    problems.add(where + ": empty CONTENT");
                } else {
                    out.add(new SpamMessage(YOUTUBE, name + ":" + (id >= 0 ? row.get(id) : csv.recordLine()), text, cls.equals("1")));
                }
            }
        } catch (IOException e) {
            problems.add(name + ": " + e.getMessage() + "; rest of file skipped");
        }
    }

    /** The SMS Spam Collection. */
    public static Loaded sms(Path datasets) {
        Path file = datasets.resolve(SMS_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SMS Spam Collection at " + file, e);
        }
        List<SpamMessage> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "SMSSpamCollection:" + (i + 1);
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab);
            String text = tab < 0 ? "" : line.substring(tab + 1);
            if (line.isBlank()) {
                continue;
            }
            if (!label.equals("ham") && !label.equals("spam")) {
                problems.add(where + ": expected 'ham' or 'spam', a tab, then the text");
            } else if (text.isBlank()) {
                problems.add(where + ": empty text");
            } else {
                out.add(new SpamMessage(SMS, where, text, label.equals("spam")));
            }
        }
        return new Loaded(out, problems);
    }
}
