package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.NameFolding;

/** The geoparser over a {@link Gazetteer}. (Owner: geoparse work. Stub: capitalised single-word lookup.) */
public final class GazetteerGeoparser implements Geoparser {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]+");
    private final Gazetteer gazetteer;

    public GazetteerGeoparser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<PlaceMention> parse(Article article) {
        List<PlaceMention> out = new ArrayList<>();
        String text = article.text();
        for (Sentence s : article.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            Matcher m = WORD.matcher(text).region(s.span().start(), s.span().end());
            while (m.find()) {
                List<Place> found = gazetteer.find(NameFolding.fold(m.group()));
                if (!found.isEmpty()) {
                    Place p = found.get(0);
                    out.add(new PlaceMention(Evidence.of(article.id(), s.index(), m.start(), m.end()), m.group(),
                            MentionRole.LITERAL, MentionStatus.RESOLVED, "first-candidate", p,
                            List.of(new Candidate(p, 1, "only")), 0.5));
                }
            }
        }
        return out;
    }
}
