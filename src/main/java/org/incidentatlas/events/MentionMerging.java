package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;

/**
 * One incident per event within an article: later mentions ("the attack", "his killing", the same victim named
 * again, a definite mention right after its event) fold into the event they refer to, and partial reports (one
 * without a place, one without a date) into the one placed event that fits. Works on the candidates only.
 */
final class MentionMerging {
    private static final Pattern EXPLOSIVE_HEAD = Pattern.compile("bomb|blast|explos");
    private static final Pattern TARGETED_HEAD = Pattern.compile("assassinat|kill|murder|shot|shooting|stabb");

    /** Merges the candidates of one article, in text order: references first, then partial mentions. */
    List<EventCandidate> merge(List<EventCandidate> cands) {
        return mergePartialMentions(mergeWithinArticle(cands));
    }

    /**
     * Two partial reports of one violent event: one has no place of its own (at most its country), the other no
     * date, or the first has neither ("the roadside bomb exploded" in Tikrit ... "was killed in action ... on
     * February 12"). They merge when the text ties them (a shared victim, or at most three sentences apart), their
     * types agree (or one is a killing typed only by its victims), and exactly one placed event fits: with two
     * candidates the text does not say which, so nothing merges.
     */
    private List<EventCandidate> mergePartialMentions(List<EventCandidate> in) {
        List<EventCandidate> out = new ArrayList<>(in);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (EventCandidate w : out) {
                if (w.family != Family.VIOLENT || w.place != null) {
                    continue;
                }
                EventCandidate target = null;
                int fits = 0;
                for (EventCandidate t : out) {
                    if (t == w || t.family != Family.VIOLENT || t.place == null || t.background != w.background) {
                        continue;
                    }
                    if (w.dated && t.dated || (w.sentence > t.sentence ? w.distinct : t.distinct)) {
                        continue;
                    }
                    boolean types = w.type.type().equals(t.type.type()) || w.generic || t.generic;
                    boolean tied = sharesVictim(w, t) || sentencesApart(w, t) <= 3;
                    boolean where = w.area == null || Places.isCountryLevel(w.area) && w.area.country() != null
                            && w.area.country().equals(t.place.country()) || Places.contains(w.area, t.place);
                    if (types && tied && where) {
                        target = t;
                        fits++;
                    }
                }
                if (fits == 1) {
                    absorb(target, w, true);
                    target.sentence = Math.min(target.sentence, w.sentence);
                    out.remove(w);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    private List<EventCandidate> mergeWithinArticle(List<EventCandidate> cands) {
        List<EventCandidate> out = new ArrayList<>();
        for (EventCandidate c : cands) {
            if (c.anaphoric) {
                EventCandidate target = antecedent(out, c);
                if (target != null) {
                    absorb(target, c, false);
                }
                continue;
            }
            EventCandidate target = null;
            for (int i = out.size() - 1; i >= 0 && target == null; i--) {
                EventCandidate o = out.get(i);
                if (sameEvent(o, c)) {
                    target = o;
                }
            }
            if (target == null && c.definite && !c.distinct) {
                // "A gunman opened fire on police ... The attack left one officer dead ... witnessed the attack on
                // the boulevard": "the attack" right after an event is that event, even with a place or date of its
                // own; a new one would be "an attack" or "another attack". Its place wins only inside the first one's.
                EventCandidate a = out.isEmpty() ? null : out.get(out.size() - 1);
                if (a != null && a.family == c.family && headFits(c.definiteHead, a) && c.sentence - a.lastSentence <= 1 && datesAgree(a, c)) {
                    Place kept = a.place;
                    boolean keptNear = a.near;
                    boolean keptProvince = a.provinceQualified;
                    absorb(a, c, true);
                    if (kept != null && a.place != kept && !Places.contains(kept, a.place)) {
                        a.place = kept;
                        a.near = keptNear;
                        a.provinceQualified = keptProvince;
                    }
                    continue;
                }
            }
            if (target != null) {
                absorb(target, c, true);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Both undated, or dated with overlapping dates (a day's slack between day dates). */
    private boolean datesAgree(EventCandidate a, EventCandidate b) {
        if (!a.dated || !b.dated) {
            return true;
        }
        EventDate x = a.date;
        EventDate y = b.date;
        if (x.isResolved() && y.isResolved()) {
            int slack = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY ? 1 : 0;
            return !(x.end().plusDays(slack).isBefore(y.start()) || y.end().plusDays(slack).isBefore(x.start()));
        }
        return x.isResolved() == y.isResolved() && x.text() != null && x.text().equalsIgnoreCase(y.text());
    }

    /**
     * What "the attack", "his assassination" refers to: among earlier events of its family that its words fit (a
     * bombing is an explosion; an assassination a killing of one or two), the latest if it was told within the
     * last two sentences, else the article's lead event, which later paragraphs return to.
     */
    private EventCandidate antecedent(List<EventCandidate> out, EventCandidate c) {
        List<EventCandidate> fit = new ArrayList<>();
        for (EventCandidate o : out) {
            if (o.family == c.family && (c.victims.isEmpty() || sharesVictim(o, c)) && headsFit(c, o)) {
                fit.add(o);
            }
        }
        if (fit.isEmpty()) {
            return null;
        }
        EventCandidate latest = fit.get(fit.size() - 1);
        if (c.sentence - latest.lastSentence <= 2) {
            return latest;
        }
        return fit.stream().filter(o -> !o.background).findFirst().orElse(latest);
    }

    /** The fewest sentences between any evidence of one and any of the other. */
    private int sentencesApart(EventCandidate a, EventCandidate b) {
        int best = Integer.MAX_VALUE;
        for (Evidence x : a.evidence) {
            for (Evidence y : b.evidence) {
                best = Math.min(best, Math.abs(x.sentence() - y.sentence()));
            }
        }
        return best;
    }

    private boolean headsFit(EventCandidate anaphor, EventCandidate o) {
        for (String h : anaphor.heads) {
            if (!headFits(h, o)) {
                return false;
            }
        }
        return true;
    }

    private boolean headFits(String h, EventCandidate o) {
        if (EXPLOSIVE_HEAD.matcher(h).find() && !o.type.type().equals(EventTyping.IED.type())) {
            return false;
        }
        if (TARGETED_HEAD.matcher(h).find() && !(o.plainKill || o.heads.stream().anyMatch(x -> TARGETED_HEAD.matcher(x).find()))) {
            return false;
        }
        return !(h.startsWith("assassinat") && o.fatalities != null && o.fatalities > 2);
    }

    /**
     * Typed only by a generic attack word and who stood around it (a battle or violence against civilians, no
     * weapon): the victims of a killing type the event better.
     */
    private boolean weakAttackType(EventCandidate c) {
        return c.attackWord && (c.type.equals(EventTyping.CLASH) || c.type.equals(EventTyping.CIVILIANS_ATTACKED));
    }

    /** A report placed only at province level meets one placed in a town of that province. */
    private boolean sameProvince(EventCandidate a, EventCandidate b) {
        if (!a.provinceQualified && !b.provinceQualified || a.place == null || b.place == null) {
            return false;
        }
        return Geography.sameAdmin1(a.place, b.place);
    }

    private boolean sharesVictim(EventCandidate a, EventCandidate b) {
        for (String v : b.victims) {
            if (a.victims.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameEvent(EventCandidate a, EventCandidate b) {
        if (a.family != b.family || b.distinct) {
            return false;
        }
        boolean victim = a.family == Family.VIOLENT && sharesVictim(a, b);
        // A generic "attack" ("the attack took place at 2 a.m.", "Monday's attack") names no type of its own: it fits
        // any violent event, and dates and places still tell them apart.
        boolean sameType = a.type.type().equals(b.type.type()) || a.family == Family.VIOLENT && (a.attackWord || b.attackWord)
                // "The rebels killed 12 soldiers in X. They attacked the soldiers with explosives in Y": a killing typed
                // only by its victims, told again how in the very next sentence, is that event when both are placed (the
                // places must still agree below); an unplaced one is left to the partial-mention rule.
                || a.family == Family.VIOLENT && (a.plainKill || b.plainKill) && Math.abs(b.sentence - a.lastSentence) == 1
                        && a.place != null && b.place != null
                // "The group said five of its fighters were killed in X": a later killing typed only by its victims, with
                // no date of its own, at the place of an event told before, is that event's toll (the places must
                // still agree below).
                || a.family == Family.VIOLENT && b.plainKill && !b.dated && !a.background && a.place != null && b.place != null;
        if (!victim && !sameType) {
            return false;
        }
        if (a.dated && b.dated) {
            EventDate x = a.date;
            EventDate y = b.date;
            if (x.isResolved() && y.isResolved()) {
                int slack = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY ? 1 : 0;
                if (x.end().plusDays(slack).isBefore(y.start()) || y.end().plusDays(slack).isBefore(x.start())) {
                    return false;
                }
                if (slack > 0 && !x.start().equals(y.start()) && !b.definite && !a.type.equals(b.type) && !b.generic) {
                    // "A drone hit the airport on Monday ... A roadside bomb targeted a convoy on Sunday": a day apart,
                    // told anew ("a", not "the") with a weapon of its own, it is another event; the day's slack is for
                    // one event told as late Sunday and early Monday.
                    return false;
                }
            } else if (x.isResolved() != y.isResolved()) {
                return false;
            } else if (x.text() == null || !x.text().equalsIgnoreCase(y.text())) {
                return false;
            }
        }
        if (victim) {
            return true;
        }
        Place pa = a.place != null ? a.place : a.area;
        Place pb = b.place != null ? b.place : b.area;
        if (pa != null && pb != null && !Places.consistent(pa, pb, 25) && !sameProvince(a, b)) {
            return false;
        }
        // Two undated, unplaced reports of the same kind are only the same event if nothing else tells them apart.
        return true;
    }

    private void absorb(EventCandidate into, EventCandidate c, boolean full) {
        if (full) {
            if (c.rank < into.rank && (c.family != Family.VIOLENT || !c.plainKill)) {
                into.type = c.type;
                into.rank = c.rank;
                into.plainKill = c.plainKill;
                into.generic = c.generic;
                into.attackWord = c.attackWord;
            } else if (into.plainKill && !c.plainKill && !weakAttackType(c) && !(c.definite && c.attackWord)) {
                // "troops combed the area backed by a military aircraft following the assault": a reference back
                // ("the assault") typed by a weapon its sentence names elsewhere does not retype the killing it names.
                into.generic = c.generic;
                into.attackWord = c.attackWord;
                into.type = c.type;
                into.rank = c.rank;
                into.plainKill = false;
            }
            if (c.dated && (!into.dated || morePrecise(c.date, into.date))) {
                into.date = c.date;
                into.dated = true;
            }
            if (c.place != null && (into.place == null || Places.specificity(c.place) < Places.specificity(into.place)
                    || into.provinceQualified && !c.provinceQualified)) {
                into.place = c.place;
                into.near = c.near;
                into.provinceQualified = c.provinceQualified;
            }
            if (into.place == null && into.area == null) {
                into.area = c.area;
            }
        }
        for (PlaceMention m : c.alsoAt) {
            if (full && (into.place == null || !Places.consistent(into.place, m.place(), 25))
                    && into.alsoAt.stream().noneMatch(o -> Places.consistent(o.place(), m.place(), 25))) {
                into.alsoAt.add(m);
            }
        }
        into.actors.addAll(c.actors);
        into.victims.addAll(c.victims);
        into.heads.addAll(c.heads);
        into.lastSentence = Math.max(into.lastSentence, c.lastSentence);
        if (full) {
            into.weak = into.weak && c.weak;
            into.background = into.background || c.background;
        }
        if (c.fatalities != null && (into.fatalities == null || c.fatalities > into.fatalities)) {
            into.fatalities = c.fatalities;
        }
        if (into.status != EventStatus.REPORTED && c.status == EventStatus.REPORTED && full) {
            into.status = EventStatus.REPORTED;
        } else if (into.status == EventStatus.REPORTED && c.status != EventStatus.REPORTED && !full) {
            // "ISIS claimed responsibility for the attack": a later word on an event already reported keeps it reported.
            into.status = EventStatus.REPORTED;
        }
        for (Evidence e : c.evidence) {
            if (!into.hasEvidence(e)) {
                into.addEvidence(e);
            }
        }
    }

    private boolean morePrecise(EventDate a, EventDate b) {
        if (!a.isResolved()) {
            return false;
        }
        if (!b.isResolved()) {
            return true;
        }
        return a.precision().ordinal() < b.precision().ordinal();
    }
}
