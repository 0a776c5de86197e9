package dev.starling.analysis.engagement;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads FiveThirtyEight's {@code twitter-ratio} CSVs ({@code created_at,text,url,replies,retweets,favorites,user}).
 * Why windows-1252: the files are not UTF-8 but a single-byte legacy encoding (its few undefined bytes become U+FFFD). The times
 * ({@code 10/23/17 12:30}) carry no zone; they are read as UTC, so "hour of day" is the file's own clock.
 */
public final class FiveThirtyEightTweets {
    /** The folder under the datasets root and the files in it. */
    public static final String DIR = "fivethirtyeight-twitter/twitter-ratio";
    public static final List<String> FILES = List.of("realDonaldTrump.csv", "BarackObama.csv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d/yy H:mm", Locale.ROOT);

    private FiveThirtyEightTweets() {
    }

    /** Every post of both accounts under {@code datasetsRoot}. */
    public static List<EngagementPost> read(Path datasetsRoot) throws IOException {
        List<EngagementPost> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(readFile(datasetsRoot.resolve(DIR).resolve(f)));
        }
        return all;
    }

    /** The posts of one file; a malformed record is an error (the files are fixed, so it would mean corruption). */
    public static List<EngagementPost> readFile(Path csv) throws IOException {
        List<List<String>> records = parse(new String(Files.readAllBytes(csv), Charset.forName("windows-1252")));
        if (records.isEmpty() || !records.get(0).equals(List.of("created_at", "text", "url", "replies", "retweets", "favorites", "user"))) {
            throw new IOException(csv + ": unexpected header " + (records.isEmpty() ? "(empty)" : records.get(0)));
        }
        List<EngagementPost> out = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != 7) {
                throw new IOException(csv + ": record " + i + " has " + r.size() + " fields");
            }
            String text = r.get(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
            out.add(EngagementPost.of(r.get(6), LocalDateTime.parse(r.get(0), TIME).toInstant(ZoneOffset.UTC), text,
                    Long.parseLong(r.get(3)), Long.parseLong(r.get(4)), Long.parseLong(r.get(5))));
        }
        return out;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String s) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
