package dev.starling.analysis.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fictional given and family names per language ({@code names.txt}) and Weibo screen names ({@code nicknames.txt}). */
final class Names {
    /** A name in its own script and in Latin letters (the same string for Latin-script languages). */
    record Name(String nativeForm, String roman) {
    }

    /** A Weibo screen name; {@code lang} is "spam" for spam accounts. */
    record Nickname(String lang, String name) {
    }

    private final Map<String, List<Name>> given = new LinkedHashMap<>();
    private final Map<String, List<Name>> family = new LinkedHashMap<>();
    private final List<Nickname> nicknames = new ArrayList<>();

    static Names load() {
        Names n = new Names();
        for (String line : lines("names.txt")) {
            String[] f = line.split(" \\| ");
            if (f.length != 3) {
                throw new IllegalStateException("names.txt: expected 'lang | given, … | family, …': " + line);
            }
            n.given.put(f[0].trim(), names(f[1]));
            n.family.put(f[0].trim(), names(f[2]));
        }
        for (String line : lines("nicknames.txt")) {
            String[] f = line.split(" \\| ");
            if (f.length != 2) {
                throw new IllegalStateException("nicknames.txt: expected 'lang | name': " + line);
            }
            n.nicknames.add(new Nickname(f[0].trim(), f[1].trim()));
        }
        return n;
    }

    List<Name> given(String lang) {
        return given.getOrDefault(lang, given.get("en"));
    }

    List<Name> family(String lang) {
        return family.getOrDefault(lang, family.get("en"));
    }

    List<Nickname> nicknames() {
        return nicknames;
    }

    private static List<Name> names(String field) {
        List<Name> out = new ArrayList<>();
        for (String token : field.split(",")) {
            String t = token.trim();
            int eq = t.indexOf('=');
            out.add(eq < 0 ? new Name(t, t) : new Name(t.substring(0, eq), t.substring(eq + 1)));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
