package dev.starling.analysis.sample;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A CSV export of Weibo posts ({@code id,user,created_at,text,likes,reposts,lang}), RFC 4180: CRLF between
 * records, fields with a comma, quote or line break in double quotes, quotes doubled. Weibo writes topics as
 * {@code #话题#} and forwards as {@code 评论 //@原作者: 原文}; times are China Standard Time with their offset.
 */
final class WeiboCsvFile implements SampleFile {
    static final String HEADER = "id,user,created_at,text,likes,reposts,lang";
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.ofHours(8));
    private long nextId = 5_081_000_000_000_000L;

    @Override
    public String name() {
        return "weibo-export.csv";
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV export of Weibo posts (RFC 4180), mostly Chinese (Simplified and Traditional), some Japanese";
    }

    @Override
    public String languageField() {
        return "lang";
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("zh", 72);
        mix.put("zh-Hant", 14);
        mix.put("ja", 9);
        return new PlatformPlan(Network.WEIBO, new PlatformPlan.Counts(90, 5, 5, 5), mix, List.of("zh", "zh", "zh"),
                0, new PlatformPlan.Style(0.15, 0, 0, 0.5, 0, false, false, false, 0.2,
                EnumSet.of(PiiType.EMAIL, PiiType.PHONE, PiiType.CARD, PiiType.IPV4, PiiType.SECRET_URL)));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        List<String> records = new ArrayList<>();
        records.add(HEADER);
        for (Draft d : drafts) {
            Engagement.Counts c = engagement.of(d, rnd);
            String id = String.valueOf(nextId += 1_000_000_000L + rnd.nextInt(900_000_000));
            records.add(row(id, d.author().handle(), CREATED_AT.format(d.at()), text(d), String.valueOf(c.likes()),
                    String.valueOf(c.reposts()), d.lang()));
            report.post(id, d);
        }
        Draft a = drafts.get(20);
        Draft b = drafts.get(45);
        Draft z = drafts.get(70);
        List<String> lines = new ArrayList<>(records);
        // a quoted text may span lines, so insert() counts physical lines to report where each one lands
        insert(lines, report, 8, row(String.valueOf(nextId + 11), a.author().handle(), CREATED_AT.format(a.at())),
                "too few fields: 3 of 7");
        insert(lines, report, 40, row(String.valueOf(nextId + 22), b.author().handle(), CREATED_AT.format(b.at()),
                "", "12", "0", "zh"), "empty text");
        insert(lines, report, 77, row(String.valueOf(nextId + 33), z.author().handle(), CREATED_AT.format(z.at()),
                "高温天气注意防暑，多喝水", "1.2万", "356", "zh"), "wrong type: likes is \"1.2万\", not an integer");
        return String.join("\r\n", lines) + "\r\n";
    }

    /** Inserts a malformed record before record {@code recordIndex}, reporting its physical line number. */
    private static void insert(List<String> records, FileReport report, int recordIndex, String row, String problem) {
        int line = 1;
        for (int k = 0; k < recordIndex; k++) {
            line += lineBreaks(records.get(k)) + 1;
        }
        records.add(recordIndex, row);
        report.malformed(line, problem);
    }

    private static int lineBreaks(String record) {
        int n = 0;
        for (int k = 0; k < record.length(); k++) {
            n += record.charAt(k) == '\n' ? 1 : 0;
        }
        return n;
    }

    /** Weibo text: topics as #话题#, mentions as @name; a forward quotes its source. */
    private static String text(Draft d) {
        StringBuilder sb = new StringBuilder(plain(d.pieces()));
        if (d.share() == Draft.Share.REPLY && d.parent() != null) {
            sb.append(" //@").append(d.parent().author().handle()).append(": ").append(plain(d.parent().pieces()));
        }
        return sb.toString();
    }

    private static String plain(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            switch (p) {
                case Piece.Words w -> sb.append(w.text());
                case Piece.Tag t -> sb.append('#').append(t.tag()).append('#');
                case Piece.Mention m -> sb.append('@').append(m.who().handle());
                case Piece.Link l -> sb.append(l.url());
            }
        }
        return sb.toString();
    }

    static String row(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            String f = fields[k];
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        return sb.toString();
    }
}
