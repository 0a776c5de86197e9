package dev.starling.analysis.sample;

import dev.starling.engine.json.JsonWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.starling.analysis.sample.FileReport.entry;

/**
 * A JSON array of Mastodon API statuses as a timeline request returns them (newest first), seen from
 * mastodon.social, one status per line for readability. A boost is a status of its own with empty content
 * whose {@code reblog} holds the boosted status.
 */
final class MastodonFile implements SampleFile {
    private final Map<Integer, Map<String, Object>> statuses = new HashMap<>();
    private final Map<String, Map<String, Object>> accounts = new HashMap<>();
    private final Set<Long> used = new HashSet<>();

    @Override
    public String name() {
        return "mastodon-statuses.json";
    }

    @Override
    public String format() {
        return "mastodon-api";
    }

    @Override
    public String description() {
        return "Mastodon REST API statuses (HTML content, account, tags, mentions, media, boosts), a JSON array";
    }

    @Override
    public String languageField() {
        return "language";
    }

    @Override
    public PlatformPlan plan() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("en", 45);
        mix.put("de", 20);
        mix.put("fr", 12);
        mix.put("ja", 8);
        mix.put("es", 5);
        mix.put("it", 5);
        mix.put("pt", 5);
        return new PlatformPlan(Network.MASTODON, new PlatformPlan.Counts(110, 4, 5, 6), mix, List.of("en", "de"),
                50, new PlatformPlan.Style(0.25, 0, 0.06, 0.5, 0.12, true, false, false, 0.1,
                EnumSet.allOf(PiiType.class)));
    }

    @Override
    public String render(List<Draft> drafts, Random rnd, FileReport report) {
        Engagement engagement = new Engagement(drafts);
        List<String> lines = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, Object> s = status(d, engagement.of(d, rnd), rnd);
            statuses.put(d.seq(), s);
            report.post((String) s.get("id"), d);
            lines.add(JsonWriter.write(s));
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int k = lines.size() - 1; k >= 0; k--) {
            sb.append(lines.get(k)).append(k > 0 ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    private Map<String, Object> status(Draft d, Engagement.Counts c, Random rnd) {
        Persona a = d.author();
        String id = id(d.at(), rnd);
        boolean boost = d.share() == Draft.Share.REPOST;
        MastodonHtml html = boost ? null : MastodonHtml.of(d.pieces(), a.server());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("created_at", XApiV2File.CREATED_AT.format(d.at()));
        Map<String, Object> parent = d.share() == Draft.Share.REPLY && d.parent() != null ? statuses.get(d.parent().seq()) : null;
        s.put("in_reply_to_id", parent == null ? null : parent.get("id"));
        s.put("in_reply_to_account_id", parent == null ? null : d.parent().author().id());
        s.put("sensitive", d.spoiler() != null);
        s.put("spoiler_text", d.spoiler() == null ? "" : d.spoiler());
        s.put("visibility", rnd.nextInt(10) == 0 ? "unlisted" : "public");
        s.put("language", boost ? null : d.lang().startsWith("zh") ? "zh" : d.lang());
        s.put("uri", "https://" + a.server() + "/users/" + a.handle() + "/statuses/" + id + (boost ? "/activity" : ""));
        s.put("url", boost ? null : "https://" + a.server() + "/@" + a.handle() + "/" + id);
        s.put("replies_count", boost ? 0 : c.replies());
        s.put("reblogs_count", boost ? 0 : c.reposts());
        s.put("favourites_count", boost ? 0 : c.likes());
        s.put("edited_at", null);
        s.put("content", boost ? "" : html.html());
        s.put("reblog", boost ? statuses.get(d.parent().seq()) : null);
        s.put("account", account(a, rnd));
        s.put("media_attachments", d.photoAlt() == null ? List.of() : List.of(media(d, rnd)));
        s.put("mentions", boost ? List.of() : html.mentions());
        s.put("tags", boost ? List.of() : html.tags());
        s.put("emojis", List.of());
        s.put("card", null);
        s.put("poll", null);
        return s;
    }

    private Map<String, Object> account(Persona p, Random rnd) {
        return accounts.computeIfAbsent(p.id(), k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("username", p.handle());
            m.put("acct", MastodonHtml.acct(p));
            m.put("display_name", p.displayName());
            m.put("locked", false);
            m.put("bot", p.spammer());
            m.put("created_at", "20" + (17 + rnd.nextInt(8)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10)
                    + "T00:00:00.000Z");
            m.put("note", "");
            m.put("url", MastodonHtml.accountUrl(p));
            m.put("avatar", "https://files.mastodon.social/accounts/avatars/" + p.id().substring(0, 3) + "/"
                    + p.id().substring(3, 6) + "/original/" + Ids.lowerAlnum(16, rnd) + ".png");
            m.put("followers_count", p.followers());
            m.put("following_count", 10 + rnd.nextInt(600));
            m.put("statuses_count", 20 + rnd.nextInt(8000));
            return m;
        });
    }

    private Map<String, Object> media(Draft d, Random rnd) {
        String id = String.valueOf(Ids.mastodon(d.at(), rnd));
        String path = "https://files.mastodon.social/media_attachments/files/" + id.substring(0, 3) + "/"
                + id.substring(3, 6) + "/" + id.substring(6, 9) + "/";
        return entry("id", id, "type", "image", "url", path + "original/" + Ids.lowerAlnum(16, rnd) + ".jpg",
                "preview_url", path + "small/" + Ids.lowerAlnum(16, rnd) + ".jpg", "description", d.photoAlt());
    }

    private String id(Instant at, Random rnd) {
        long id;
        do {
            id = Ids.mastodon(at, rnd);
        } while (!used.add(id));
        return String.valueOf(id);
    }
}
