package org.incidentatlas.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.TextSpan;

/**
 * Groups and persons with their aliases and actor types, read from {@code actors.tsv}. Finds actor mentions
 * in text, longest alias first, so "Harakat Hezbollah al-Nujaba" is one group, not Hezbollah. Immutable.
 */
public final class ActorLexicon {

    /** One lexicon entry. {@code group} is the id of a person's group, or null. */
    public record Entry(String id, ActorType type, String name, List<String> aliases, String group) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    /** An actor named in text: the entry (null for an unknown capitalised name) and where. */
    public record Mention(Entry entry, String surface, TextSpan span) {
        public Actor toActor(String articleId, int sentence) {
            Evidence ev = new Evidence(articleId, sentence, span);
            return entry == null ? new Actor(null, surface, ActorType.UNKNOWN, ev) : new Actor(entry.id(), entry.name(), entry.type(), ev);
        }
    }

    private record Alias(Entry entry, Pattern pattern, int length) {
    }

    private static final String RESOURCE = "actors.tsv";
    private static volatile ActorLexicon standard;

    private final Map<String, Entry> byId;
    private final List<Alias> aliases;

    public ActorLexicon(List<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        List<Alias> as = new ArrayList<>();
        for (Entry e : entries) {
            m.put(e.id(), e);
            for (String a : e.aliases()) {
                as.add(new Alias(e, compile(a), a.length()));
            }
        }
        as.sort(Comparator.comparingInt((Alias a) -> -a.length));
        this.byId = Map.copyOf(m);
        this.aliases = List.copyOf(as);
    }

    /** The shipped lexicon. */
    public static ActorLexicon standard() {
        ActorLexicon s = standard;
        if (s == null) {
            try (InputStream in = ActorLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                s = read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = s;
        }
        return s;
    }

    /** Reads the TSV format described at the top of {@code actors.tsv}; a bad line names the file and line. */
    public static ActorLexicon read(InputStream in, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException(name + ":" + n + ": expected id, type, name, aliases");
            }
            ActorType type;
            try {
                type = ActorType.valueOf(f[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + n + ": unknown actor type " + f[1]);
            }
            List<String> al = new ArrayList<>();
            for (String a : f[3].split("\\|")) {
                if (!a.isBlank()) {
                    al.add(a.trim());
                }
            }
            String group = f.length > 4 && !f[4].isBlank() ? f[4].trim() : null;
            entries.add(new Entry(f[0].trim(), type, f[2].trim(), al, group));
        }
        return new ActorLexicon(entries);
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry an alias names exactly ("PMU" → Popular Mobilization Forces), if any. */
    public Optional<Entry> lookup(String alias) {
        String t = normalise(alias);
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(t);
            if (m.matches()) {
                return Optional.of(a.entry);
            }
        }
        return Optional.empty();
    }

    /** Every actor mention in {@code text[from, to)}, in text order, longest alias first where they overlap. */
    public List<Mention> find(String text, int from, int to) {
        String t = normalise(text);
        boolean[] taken = new boolean[to - from];
        List<Mention> out = new ArrayList<>();
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(t).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !taken[i - from];
                }
                if (!free) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i - from] = true;
                }
                out.add(new Mention(a.entry, text.substring(m.start(), m.end()), new TextSpan(m.start(), m.end())));
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** Curly apostrophes and dashes as plain ones, keeping offsets (one char for one char). */
    static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    private static Pattern compile(String alias) {
        String q = Pattern.quote(normalise(alias)).replace(" ", "\\E\\s+\\Q");
        // Acronyms and single names are case-sensitive ("US" is not "us"); phrases are not ("American troops").
        boolean caseSensitive = !alias.contains(" ") || alias.equals(alias.toUpperCase(java.util.Locale.ROOT));
        String re = "(?<![\\p{L}\\p{N}'-])" + q + "(?![\\p{L}\\p{N}]|-[\\p{L}])";
        return caseSensitive ? Pattern.compile(re) : Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
