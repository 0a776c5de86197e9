package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The accounts of one file. Within each language, activity follows a Zipf law (weight 1/rank^1.1), so a few
 * accounts post a lot and most post once or twice, as on real platforms; follower counts are log-normal with
 * the most active accounts boosted.
 */
final class Cast {
    private final Map<String, List<Persona>> byLang = new LinkedHashMap<>();
    private final List<Persona> spammers = new ArrayList<>();
    private final List<Persona> everyone = new ArrayList<>();

    private Cast() {
    }

    static Cast build(PlatformPlan plan, Names names, Random rnd) {
        Cast cast = new Cast();
        PersonaFactory factory = new PersonaFactory(plan.network(), names, rnd);
        int total = plan.mix().values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : plan.mix().entrySet()) {
            int n = Math.max(2, (int) StrictMath.round(plan.castSize() * (double) e.getValue() / total));
            List<Persona> group = factory.people(e.getKey(), n);
            cast.byLang.put(e.getKey(), group);
            cast.everyone.addAll(group);
        }
        for (int k = 0; k < plan.spamLangs().size(); k++) {
            Persona p = factory.spammer(plan.spamLangs().get(k), k + 1);
            cast.spammers.add(p);
            cast.everyone.add(p);
        }
        return cast;
    }

    /** An author for a post in {@code lang}, drawn by activity. */
    Persona pick(String lang, Random rnd) {
        List<Persona> group = byLang.get(lang);
        if (group == null) {
            throw new IllegalArgumentException("no accounts post in " + lang);
        }
        return weighted(group, rnd);
    }

    Persona spammer(Random rnd) {
        return weighted(spammers, rnd);
    }

    /** The account of a single-author archive: the most active one of the first language. */
    Persona owner() {
        return byLang.values().iterator().next().get(0);
    }

    /** Somebody other than {@code self} to mention, mostly of the same language. */
    Persona someoneElse(Persona self, String lang, Random rnd) {
        List<Persona> pool = byLang.containsKey(lang) && rnd.nextInt(10) < 7 ? byLang.get(lang) : regulars();
        for (int attempt = 0; attempt < 20; attempt++) {
            Persona p = pool.get(rnd.nextInt(pool.size()));
            if (!p.id().equals(self.id())) {
                return p;
            }
        }
        for (Persona p : regulars()) {
            if (!p.id().equals(self.id())) {
                return p;
            }
        }
        throw new IllegalStateException("a cast of one cannot mention anybody");
    }

    List<Persona> everyone() {
        return everyone;
    }

    private List<Persona> regulars() {
        List<Persona> out = new ArrayList<>();
        byLang.values().forEach(out::addAll);
        return out;
    }

    private static Persona weighted(List<Persona> group, Random rnd) {
        double sum = 0;
        for (Persona p : group) {
            sum += p.weight();
        }
        double r = rnd.nextDouble() * sum;
        for (Persona p : group) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return group.get(group.size() - 1);
    }

    /** Invents personas with unique ids and handles. */
    private static final class PersonaFactory {
        private final Network network;
        private final Names names;
        private final Random rnd;
        private final Handles handles;
        private final Set<String> taken = new HashSet<>();
        private int nickname;

        PersonaFactory(Network network, Names names, Random rnd) {
            this.network = network;
            this.names = names;
            this.rnd = rnd;
            this.handles = new Handles(rnd);
        }

        List<Persona> people(String lang, int n) {
            List<Persona> out = new ArrayList<>();
            List<Names.Nickname> nicks = nicknames(lang);
            int count = network == Network.WEIBO ? nicks.size() : n;
            for (int rank = 1; rank <= count; rank++) {
                Names.Name g = pick(names.given(lang));
                Names.Name f = pick(names.family(lang));
                String handle = network == Network.WEIBO ? nicks.get(rank - 1).name()
                        : unique(handles.person(network, g.roman(), f.roman()));
                String display = network == Network.WEIBO ? handle : handles.displayName(lang, g, f);
                long followers = followers(rank);
                out.add(new Persona(id(), handle, display, g.roman() + " " + f.roman(), lang, server(lang),
                        followers, Regions.offset(lang, rnd), false, 1.0 / StrictMath.pow(rank, 1.1)));
            }
            return out;
        }

        Persona spammer(String lang, int rank) {
            String handle;
            if (network == Network.WEIBO) {
                List<Names.Nickname> nicks = nicknames("spam");
                handle = nicks.get((rank - 1) % nicks.size()).name();
            } else {
                handle = unique(handles.spammer(network));
            }
            String display = network == Network.WEIBO ? handle : handles.spammerName();
            return new Persona(id(), handle, display, "promo team", lang, server("en"), rnd.nextInt(150),
                    Regions.offset(lang, rnd), true, 1.0 / StrictMath.pow(rank, 0.8));
        }

        private List<Names.Nickname> nicknames(String lang) {
            List<Names.Nickname> out = new ArrayList<>();
            for (Names.Nickname n : names.nicknames()) {
                if (n.lang().equals(lang)) {
                    out.add(n);
                }
            }
            return out;
        }

        private long followers(int rank) {
            double base = StrictMath.exp(5.5 + 1.4 * rnd.nextGaussian());
            double boost = rank == 1 ? 25 : rank == 2 ? 8 : rank == 3 ? 3 : 1;
            return Math.max(3, (long) (base * boost));
        }

        private String unique(String handle) {
            String h = handle;
            for (int k = 2; !taken.add(h.toLowerCase(Locale.ROOT)); k++) {
                String suffix = String.valueOf(k);
                h = handle.endsWith(".bsky.social") ? handle.replace(".bsky.social", suffix + ".bsky.social")
                        : network == Network.X && handle.length() + suffix.length() > 15 // X caps handles at 15
                        ? handle.substring(0, 15 - suffix.length()) + suffix : handle + suffix;
            }
            return h;
        }

        private String id() {
            String id;
            do {
                id = Ids.account(network, rnd);
            } while (!taken.add(id));
            return id;
        }

        private String server(String lang) {
            return network == Network.MASTODON ? Regions.mastodonServer(lang, rnd) : null;
        }

        private <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }
    }
}
