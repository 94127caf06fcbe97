package org.incidentatlas.ui.source;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.TextSpan;

/**
 * The callout shown when an incident or deployment is clicked: what, when (with precision), where (with
 * precision), who, and per source the publisher, title, date and the quoted sentence with its place, date and
 * actor words marked, plus "Open article". A plain node, so it is drawn in snapshots too.
 */
public final class EvidencePopupView extends VBox {
    /** Asks to open an article at an evidence. */
    public interface ArticleOpener {
        void open(Article article, Evidence evidence);
    }

    private EvidencePopupView() {
        getStyleClass().add("evidence-popup");
        setStyle("-fx-background-color: white; -fx-border-color: #555; -fx-border-width: 1;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
        setPadding(new Insets(8, 10, 8, 10));
        setSpacing(4);
        // Sized to the content up to 420 px: quotes are 360 px wide, a short list or title makes a narrower callout.
        setMaxWidth(420);
    }

    public static EvidencePopupView forIncident(Extraction x, Incident i, ArticleOpener opener, Runnable close) {
        return forIncident(x, i, opener, close, List.of());
    }

    /** With the analyst's edits of the incident (the audit trail, machine values included) under the facts. */
    public static EvidencePopupView forIncident(Extraction x, Incident i, ArticleOpener opener, Runnable close,
                                                List<String> edits) {
        EvidencePopupView v = new EvidencePopupView();
        v.header(i.type().label(), close);
        v.row("Status", i.status().name().toLowerCase(Locale.ROOT)
                + (i.fatalities() != null ? " · " + i.fatalities() + " killed" : ""));
        v.row("Date", describe(i.date()));
        v.row("Place", describe(i.place(), i.geoPrecision()));
        if (!i.actors().isEmpty()) {
            v.row("Actors", i.actors().stream().map(Actor::name).distinct().collect(Collectors.joining(", ")));
        }
        if (i.mergeNote() != null && !i.mergeNote().isBlank()) {
            Label l = new Label(i.mergeNote());
            l.setWrapText(true);
            l.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
            l.getStyleClass().add("popup-merge-note");
            v.getChildren().add(l);
        }
        for (String e : edits) {
            Label l = new Label("\u270e " + e);
            l.setWrapText(true);
            l.setStyle("-fx-font-size: 11px; -fx-text-fill: #8a4b00;");
            l.getStyleClass().add("popup-edit");
            v.getChildren().add(l);
        }
        v.sources(x, i.evidence(), i.place(), i.date(), i.actors(), opener);
        return v;
    }

    public static EvidencePopupView forDeployment(Extraction x, Deployment d, ArticleOpener opener, Runnable close) {
        EvidencePopupView v = new EvidencePopupView();
        v.header("Deployment: " + d.actor().name(), close);
        v.row("Since", describe(d.since()));
        v.row("Place", describe(d.place(), d.geoPrecision()));
        v.sources(x, d.evidence(), d.place(), d.since(), List.of(d.actor()), opener);
        return v;
    }

    /** A list for several events at one spot; clicking an entry shows that event. */
    public static EvidencePopupView forList(String title, List<String> entries, Consumer<Integer> choose,
                                            Runnable close) {
        EvidencePopupView v = new EvidencePopupView();
        v.header(title, close);
        VBox list = new VBox(2);
        for (int k = 0; k < entries.size(); k++) {
            int idx = k;
            Hyperlink h = new Hyperlink(entries.get(k));
            h.getStyleClass().add("spot-entry");
            h.setWrapText(true);
            h.setMaxWidth(380);
            h.setOnAction(e -> choose.accept(idx));
            list.getChildren().add(h);
        }
        ScrollPane sp = new ScrollPane(list);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(Math.min(260, 24 * entries.size()));
        v.getChildren().add(sp);
        return v;
    }

    private void header(String title, Runnable close) {
        Label t = new Label(title);
        t.getStyleClass().add("popup-title");
        t.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button x = new Button("×");
        x.getStyleClass().add("popup-close");
        x.setStyle("-fx-padding: 0 5; -fx-background-color: transparent; -fx-font-size: 14px;");
        x.setOnAction(e -> close.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(6, t, gap, x);
        bar.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().add(bar);
    }

    private void row(String key, String value) {
        Label l = new Label(key + ": " + value);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: 12px;");
        l.getStyleClass().add("popup-" + key.toLowerCase(Locale.ROOT));
        getChildren().add(l);
    }

    private void sources(Extraction x, List<Evidence> evidence, Place place, EventDate date, List<Actor> actors,
                         ArticleOpener opener) {
        VBox box = new VBox(2);
        box.getStyleClass().add("popup-sources");
        int n = 0;
        String lastArticle = null;
        for (Evidence e : evidence) {
            Article a = x.article(e.articleId()).orElse(null);
            if (a == null) {
                continue;
            }
            if (!a.id().equals(lastArticle)) {
                // One header per article; each quoted sentence below it opens the article at that sentence.
                n++;
                Label src = new Label(n + ". " + source(a));
                src.setWrapText(true);
                src.setStyle("-fx-font-size: 11px; -fx-text-fill: #444; -fx-padding: 4 0 0 0;");
                box.getChildren().add(src);
                lastArticle = a.id();
            }
            TextSpan sentence = EvidenceMarkup.sentenceOf(a, e);
            List<Mark> marks = EvidenceMarkup.forIncident(x, a, sentence, place, date, actors);
            TextFlow quote = new TextFlow();
            quote.getStyleClass().add("evidence-quote");
            List<javafx.scene.text.Text> quoted = MarkedText.nodes(EvidenceMarkup.segments(a.text(), sentence, marks, null),
                    12, null);
            quote.getChildren().addAll(rightToLeft(a) ? MarkedText.byWord(quoted) : quoted);
            quote.setStyle("-fx-border-color: transparent transparent transparent #bbb; -fx-border-width: 0 0 0 3;"
                    + " -fx-padding: 0 0 0 6;");
            quote.setPrefWidth(360);
            if (rightToLeft(a)) {
                quote.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            }
            int page = a.pageAt(sentence.start());
            Hyperlink open = new Hyperlink(page > 0 ? "Open article (page " + page + ")" : "Open article");
            open.getStyleClass().add("open-article");
            open.setStyle("-fx-padding: 0 0 2 4;");
            open.setOnAction(ev -> opener.open(a, e));
            box.getChildren().addAll(quote, open);
        }
        if (evidence.size() <= 2) {
            getChildren().add(box);
            return;
        }
        // Many sources: keep the callout on the map and let the quotes scroll.
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(300);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setStyle("-fx-background-color: transparent; -fx-background: white;");
        Label count = new Label(evidence.size() + " quoted sentences:");
        count.setStyle("-fx-font-size: 11px; -fx-text-fill: #444;");
        getChildren().addAll(count, sp);
    }

    /** Arabic, Persian, Urdu and Hebrew articles are read right to left. */
    static boolean rightToLeft(Article a) {
        String l = a.language();
        return l != null && (l.equals("ar") || l.equals("fa") || l.equals("ur") || l.equals("he"));
    }

    static String source(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.language() != null && !a.language().equals("en")) {
            b.append('[').append(a.language().toUpperCase(java.util.Locale.ROOT)).append("] ");
        }
        if (a.publisher() != null && !a.publisher().isBlank()) {
            b.append(a.publisher()).append(" — ");
        }
        b.append(a.displayTitle());
        if (a.published() != null) {
            b.append(" (").append(a.published()).append(')');
        } else if (a.publishedApprox() != null) {
            b.append(" (≈").append(a.publishedApprox()).append(')');
        } else {
            b.append(" (undated)");
        }
        return b.toString();
    }

    /** "2020-01-03 (day)", "2018-02 (month)", "unknown: “last spring”". */
    public static String describe(EventDate d) {
        if (d == null) {
            return "unknown";
        }
        if (!d.isResolved() || d.precision() == DatePrecision.UNKNOWN) {
            return "unknown" + (d.text() != null && !d.text().isBlank() ? ": “" + d.text() + "”" : "");
        }
        String range = d.precision() == DatePrecision.WEEK ? d.start() + " – " + d.end() : d.iso();
        return range + (d.openEnd() ? " onwards" : "") + " (" + d.precision().name().toLowerCase(Locale.ROOT) + ")"
                + (d.approxAnchor() ? ", anchored on an approximate publication date" : "");
    }

    /** "Baghdad, IQ (city; the town or site itself)". */
    public static String describe(Place p, int geoPrecision) {
        if (p == null) {
            return "not pinned (unknown or country only)";
        }
        if (p.id().startsWith("analyst:")) {
            return String.format(Locale.ROOT, "pin placed by the analyst at %.4f, %.4f (was %s%s)", p.lat(), p.lon(),
                    p.name(), p.country() != null ? ", " + p.country() : "");
        }
        String prec = switch (geoPrecision) {
            case 1 -> "the town or site itself";
            case 2 -> "near it / small area";
            case 3 -> "a region or larger" + (p.radiusKm() > 0 ? ", ~" + Math.round(p.radiusKm()) + " km" : "");
            default -> "precision unknown";
        };
        return p.name() + (p.country() != null ? ", " + p.country() : "") + " ("
                + p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; " + prec + ")";
    }
}
